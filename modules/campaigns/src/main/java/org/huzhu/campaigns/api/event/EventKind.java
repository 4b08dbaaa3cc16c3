package org.huzhu.campaigns.api.event;

/** What sort of event. */
public enum EventKind {
    LECTURE,
    SPORTS,
    HEALTH_CHECK,
    TRAINING
}
