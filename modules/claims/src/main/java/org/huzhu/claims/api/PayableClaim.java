package org.huzhu.claims.api;

/** An approved claim a payout run may pay: to the member's card, the approved amount in fen. */
public record PayableClaim(long claimId, long memberId, String memberName, long amountFen) {
}
