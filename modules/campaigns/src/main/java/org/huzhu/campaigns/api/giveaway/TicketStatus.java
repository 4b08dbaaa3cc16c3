package org.huzhu.campaigns.api.giveaway;

/** A won ticket: held until confirmed or lapsed; a lapsed one goes back to the pool or to the waitlist. */
public enum TicketStatus {
    HELD,
    CONFIRMED,
    RELEASED
}
