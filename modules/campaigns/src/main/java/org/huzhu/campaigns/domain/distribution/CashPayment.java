package org.huzhu.campaigns.domain.distribution;

import java.util.Map;
import org.huzhu.campaigns.api.distribution.CashState;

/**
 * The way of a cash hand-out through the payout runs, as the conditional updates apply it: each change names the
 * one state it comes from, so a run retried after a crash finds nothing left to change and changes nothing.
 */
public enum CashPayment {
    SCHEDULE(CashState.CONFIRMED, CashState.SCHEDULED),
    PAY(CashState.SCHEDULED, CashState.PAID),
    FAIL(CashState.SCHEDULED, CashState.PAYMENT_FAILED),
    /** The member's card mended: a failed hand-out is confirmed again, on no run, for the next run to take. */
    RETRY(CashState.PAYMENT_FAILED, CashState.CONFIRMED);

    private final CashState from;
    private final CashState to;

    CashPayment(CashState from, CashState to) {
        this.from = from;
        this.to = to;
    }

    public CashState from() {
        return from;
    }

    public CashState to() {
        return to;
    }

    /** The state after this change, or the state unchanged when the hand-out is not where the change starts. */
    public CashState apply(CashState current) {
        return current == from ? to : current;
    }

    /** What each change leaves, from each state (for documentation and tests). */
    public static Map<CashState, CashState> table(CashPayment change) {
        Map<CashState, CashState> t = new java.util.EnumMap<>(CashState.class);
        for (CashState s : CashState.values()) {
            t.put(s, change.apply(s));
        }
        return t;
    }
}
