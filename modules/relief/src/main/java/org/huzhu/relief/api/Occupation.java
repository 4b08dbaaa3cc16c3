package org.huzhu.relief.api;

/** What a household member does: work status or school. */
public enum Occupation {
    EMPLOYED,
    LAID_OFF,
    RETIRED,
    MIGRANT_WORKER,
    UNEMPLOYED,
    PRESCHOOL,
    SCHOOL,
    UNIVERSITY,
    OTHER
}
