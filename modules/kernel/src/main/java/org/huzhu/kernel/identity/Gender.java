package org.huzhu.kernel.identity;

/** Gender as the national ID's 17th digit states it: odd is male, even is female. */
public enum Gender {
    MALE,
    FEMALE
}
