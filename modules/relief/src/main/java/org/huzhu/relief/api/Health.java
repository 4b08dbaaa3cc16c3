package org.huzhu.relief.api;

/** A household member's health, from the file's fixed list. */
public enum Health {
    HEALTHY,
    CHRONIC_ILLNESS,
    MAJOR_ILLNESS,
    DISABLED,
    UNABLE_TO_WORK
}
