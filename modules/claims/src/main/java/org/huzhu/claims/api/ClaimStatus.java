package org.huzhu.claims.api;

/** Where a claim is on its way from receipt to the member card. */
public enum ClaimStatus {
    /** Filed, but a document the plan requires is missing. */
    WAITING_DOCUMENTS,
    /** An officer must decide: a check asked for review, or the claim was sampled. */
    IN_REVIEW,
    /** One officer entered a decision; a second must confirm it (maker-checker). */
    AWAITING_CHECK,
    APPROVED,
    REJECTED,
    /** On a payout run that has not been settled yet. */
    SCHEDULED,
    PAID,
    /** The bank refused the payment (e.g. a closed card): back to the clerk for new card details. */
    PAYMENT_FAILED;

    public boolean open() {
        return this != REJECTED && this != PAID;
    }
}
