package org.huzhu.payouts.api;

/** One payment of a run: the claim, the member, the amount and what the bank said. No card number. */
public record PaymentView(long id, long runId, String reference, long claimId, long memberId, String memberName,
                          String amount, long amountFen, String status, String bankReference, String failureReason,
                          String settledOn) {
}
