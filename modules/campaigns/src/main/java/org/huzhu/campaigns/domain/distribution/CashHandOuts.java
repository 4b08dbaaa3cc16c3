package org.huzhu.campaigns.domain.distribution;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Confirmed cash hand-outs as the payout runs take and settle them; every change is conditional on its state. */
public interface CashHandOuts {

    /** Confirmed cash hand-outs on no run, oldest first: {id, memberId, memberName, amountFen}. */
    List<Object[]> confirmedUnscheduled(int limit);

    /** Applies the change to the hand-outs that are in its starting state (and on the run, once scheduled). */
    int change(CashPayment change, long runId, Collection<Long> ids, LocalDate paidOn, String failureReason);
}
