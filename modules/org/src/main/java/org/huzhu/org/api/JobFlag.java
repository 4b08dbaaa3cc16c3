package org.huzhu.org.api;

/** What the office knows of a member's work, as campaigns select members by it. */
public enum JobFlag {
    OUTDOOR,
    HIGH_TEMPERATURE,
    FRONT_LINE,
    GIG_WORKER,
    MODEL_WORKER
}
