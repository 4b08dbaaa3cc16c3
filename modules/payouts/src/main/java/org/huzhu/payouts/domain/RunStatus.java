package org.huzhu.payouts.domain;

/** Where a payout run is, from gathering claims to the bank's last result. */
public enum RunStatus {
    /** Taking approved claims a chunk at a time (resumed after a restart). */
    GATHERING,
    /** Gathered, waiting for a second person's approval. */
    GATHERED,
    /** Nothing to pay was found: the run is closed. */
    EMPTY,
    /** Approved: the bank file may be downloaded. */
    APPROVED,
    /** The bank file was issued; waiting for the bank's result. */
    FILE_ISSUED,
    /** A result file is being applied (resumed after a restart). */
    SETTLING,
    /** Every payment is paid or failed. */
    SETTLED,
    /** Gathering gave up (its reason is kept); tried again on request, from the claims still on no run. */
    FAILED;

    public boolean running() {
        return this == GATHERING || this == SETTLING;
    }
}
