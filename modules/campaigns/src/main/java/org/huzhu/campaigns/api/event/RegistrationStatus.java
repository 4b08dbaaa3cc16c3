package org.huzhu.campaigns.api.event;

/** A member's registration for one date of an event. */
public enum RegistrationStatus {
    REGISTERED,
    WAITLISTED,
    CANCELLED,
    CHECKED_IN
}
