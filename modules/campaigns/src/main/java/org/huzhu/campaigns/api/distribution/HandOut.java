package org.huzhu.campaigns.api.distribution;

import java.time.LocalDateTime;

/** What one person received in a campaign, who confirmed it and when; a person added by hand with the reason. */
public record HandOut(long id, long campaignId, long memberId, String memberName, long orgUnitId, BenefitKind benefit,
                      String item, long amountFen, DeliveryMethod method, String trackingNo, boolean addedByHand,
                      String reason, String confirmedBy, LocalDateTime confirmedAt, CashState cashState) {
}
