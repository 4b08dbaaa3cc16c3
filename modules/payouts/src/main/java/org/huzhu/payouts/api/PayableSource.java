package org.huzhu.payouts.api;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A module whose approved amounts the payout runs pay (claims, relief, microloans, campaigns): implemented by
 * that module as an application-scoped CDI bean, one per {@link PayableKind}, and found by the payouts module
 * through CDI. Every method runs in the payout run's transaction (the current tenant's), and each state change is
 * conditional on the state it expects, so a run retried or resumed after a crash takes and pays nothing twice.
 *
 * <p>To plug a module in: one {@code @ApplicationScoped} bean in its {@code application} package implementing this
 * interface (claims' {@code ClaimPayables} is the model); no transaction of its own (the run's one commits or rolls
 * back the payment rows and the module's changes together); each change writes the module's own audit line in
 * that same transaction. Payouts finds the bean through CDI; two beans of one kind stop the gathering.
 */
public interface PayableSource {

    PayableKind kind();

    /** Approved payables on no run, oldest first, at most {@code limit}. */
    List<Payable> approvedUnscheduled(int limit);

    /**
     * Puts the payables (as {@link #approvedUnscheduled} read them, in this transaction) on the run, all or none:
     * one taken meanwhile by another run makes this throw, and the caller's transaction is retried.
     */
    void schedule(long runId, List<Payable> payables, String actor);

    /** Scheduled on this run -> paid; returns how many changed. */
    int markPaid(long runId, Collection<Long> sourceIds, LocalDate paidOn, String actor);

    /** Scheduled on this run -> payment failed with the bank's reason; returns how many changed (0 or 1). */
    int markFailed(long runId, long sourceId, String reason, String actor);

    /**
     * The account to pay when it is not the member's card (a loan subsidy to an enterprise's account), as
     * digits, read when the bank file is written and never stored by payouts. Empty: the member's card.
     */
    default Optional<String> payeeAccount(long sourceId) {
        return Optional.empty();
    }
}
