package org.huzhu.relief.api;

/**
 * A relief-fund application on its way up the levels: filed by the grassroots union, checked by the agency office
 * (or returned), decided by the committee, then paid through a payout run.
 */
public enum ApplicationStatus {
    FILED,
    RETURNED,
    CHECKED,
    REFUSED,
    GRANTED,
    SCHEDULED,
    PAID,
    PAYMENT_FAILED
}
