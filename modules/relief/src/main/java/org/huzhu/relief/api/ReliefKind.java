package org.huzhu.relief.api;

/** What a relief-fund application is for. */
public enum ReliefKind {
    MAJOR_ILLNESS,
    ACCIDENT,
    DISASTER
}
