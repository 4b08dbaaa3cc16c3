package org.huzhu.payouts.api;

/**
 * One payment of a run: what it pays (the payable's kind and its id in its module: the claim, the grant, ...),
 * the member, the payee's name, the amount and what the bank said. No card or account number.
 */
public record PaymentView(long id, long runId, String reference, PayableKind kind, long sourceId, long memberId,
                          String memberName, String amount, long amountFen, String status, String bankReference,
                          String failureReason, String settledOn) {
}
