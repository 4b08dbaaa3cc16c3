package org.huzhu.plans.domain;

/** Why a claim pays nothing: each has a plain message in the explanation. */
public enum ReasonCode {
    NOT_COVERED_ON_DATE,
    WAITING_PERIOD,
    NO_SUCH_BENEFIT,
    DISEASE_NOT_COVERED,
    COUNT_LIMIT,
    CAP_REACHED,
    MISSING_FACT
}
