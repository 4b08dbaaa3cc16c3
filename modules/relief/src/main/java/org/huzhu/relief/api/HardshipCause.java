package org.huzhu.relief.api;

/** Causes of hardship as union rules list them (main and secondary ones are both kept). */
public enum HardshipCause {
    ILLNESS,
    DISABILITY,
    ACCIDENT,
    UNEMPLOYMENT,
    SCHOOLING,
    DISASTER,
    SINGLE_PARENT,
    LOW_WAGE,
    OTHER
}
