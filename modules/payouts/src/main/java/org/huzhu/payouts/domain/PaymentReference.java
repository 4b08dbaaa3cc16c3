package org.huzhu.payouts.domain;

import java.util.EnumMap;
import java.util.Map;
import org.huzhu.payouts.api.PayableKind;

/**
 * The reference the bank echoes in its result file: the run, the payable's kind and its id in its module
 * ({@code HZ12-3456} a claim, {@code HZ12-G3456} a relief grant). A payable is on a run at most once, so the
 * reference is unique, and it is known before the payment row is written. A claim's reference has no letter:
 * claims were the only payables before, and their references keep the form banks already reconcile.
 */
public final class PaymentReference {

    private static final Map<PayableKind, String> LETTERS = new EnumMap<>(Map.of(
            PayableKind.CLAIM, "",
            PayableKind.SECONDARY_AID, "A",
            PayableKind.CONDOLENCE, "W",
            PayableKind.RELIEF_GRANT, "G",
            PayableKind.LOAN_SUBSIDY, "L",
            PayableKind.CAMPAIGN_CASH, "K"));

    private PaymentReference() {
    }

    public static String of(long runId, PayableKind kind, long sourceId) {
        String letter = LETTERS.get(kind);
        if (letter == null) {
            throw new IllegalStateException("no reference letter for payable kind " + kind);
        }
        return "HZ" + runId + "-" + letter + sourceId;
    }
}
