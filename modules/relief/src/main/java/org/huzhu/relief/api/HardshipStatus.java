package org.huzhu.relief.api;

/** Where a household's file stands: in hardship, or out of it (with the day and the reason). */
public enum HardshipStatus {
    IN_HARDSHIP,
    OUT_OF_HARDSHIP
}
