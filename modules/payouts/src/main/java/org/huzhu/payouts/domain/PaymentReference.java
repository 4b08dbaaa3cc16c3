package org.huzhu.payouts.domain;

/**
 * The reference the bank echoes in its result file: the run and the claim ({@code HZ12-3456}). A claim is on
 * a run at most once, so the reference is unique, and it is known before the payment row is written.
 */
public final class PaymentReference {

    private PaymentReference() {
    }

    public static String of(long runId, long claimId) {
        return "HZ" + runId + "-" + claimId;
    }
}
