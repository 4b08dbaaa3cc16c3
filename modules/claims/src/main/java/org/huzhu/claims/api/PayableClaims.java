package org.huzhu.claims.api;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * What the payouts module asks of claims. Each state change is conditional on the state it expects (an
 * APPROVED claim becomes SCHEDULED once, by one run) and is audited in the caller's transaction, so a run
 * that is retried or resumed after a crash cannot take or pay a claim twice.
 */
public interface PayableClaims {

    /** The tenant's payout weekday (MONDAY .. SUNDAY) from its claim policy; FRIDAY when tenant-config sets none. */
    String payoutWeekday();

    /** Approved claims on no run, oldest due date first, at most {@code limit}. */
    List<PayableClaim> approvedUnscheduled(int limit);

    /**
     * Puts the claims (as {@link #approvedUnscheduled} read them, in this transaction) on the run, all or none:
     * a claim taken meanwhile by another run makes this throw, and the caller's transaction is retried.
     */
    void schedule(long runId, List<PayableClaim> claims, String actor);

    /** SCHEDULED on this run -> PAID; returns how many changed. */
    int markPaid(long runId, Collection<Long> claimIds, LocalDate paidOn, String actor);

    /** SCHEDULED on this run -> PAYMENT_FAILED with the bank's reason; returns how many changed. */
    int markFailed(long runId, long claimId, String reason, String actor);

    /** Records a payout-run event in the audit trail (run created, approved, file made, result imported). */
    void auditRun(long runId, String action, String actor, String statusBefore, String statusAfter,
                  Long amountBeforeFen, Long amountAfterFen, String detail);
}
