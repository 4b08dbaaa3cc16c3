package org.huzhu.payouts.api;

/**
 * One approved amount a payout run may pay: {@code sourceId} is the id of the claim, aid line, grant, subsidy
 * or hand-out in its own module; the money goes to the member's card unless the source names another account
 * ({@link PayableSource#payeeAccount}).
 */
public record Payable(PayableKind kind, long sourceId, long memberId, String payeeName, long amountFen) {

    public Payable {
        if (amountFen <= 0) {
            throw new IllegalArgumentException("a payable amount is positive, in fen");
        }
    }
}
