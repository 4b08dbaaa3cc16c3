package org.huzhu.relief.domain;

/** Where a member's aid in a run stands. */
public enum AidLineStatus {
    /** Computed, within the budget, waiting for the run's approval. */
    COMPUTED,
    /** Computed but beyond the budget: not paid. */
    CUT,
    APPROVED,
    /** On a payout run. */
    SCHEDULED,
    PAID,
    PAYMENT_FAILED
}
