package org.huzhu.relief.api;

/** Why a household left hardship (codes; the words are relief.outReason.* in the i18n files). */
public enum OutOfHardshipReason {
    INCOME_RISEN,
    FOUND_WORK,
    RECOVERED,
    MOVED_AWAY,
    DECEASED,
    OTHER
}
