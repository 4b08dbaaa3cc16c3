package org.huzhu.campaigns.api.distribution;

/** Where a cash hand-out is on its way to the member's card; goods hand-outs are NOT_CASH. */
public enum CashState {
    NOT_CASH,
    /** Confirmed handed out: a payout run may take it. */
    CONFIRMED,
    SCHEDULED,
    PAID,
    PAYMENT_FAILED
}
