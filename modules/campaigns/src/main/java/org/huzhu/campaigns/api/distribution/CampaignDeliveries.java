package org.huzhu.campaigns.api.distribution;

import java.util.List;

/** Clerks' part of a campaign: who the rules select, confirming hand-outs one by one or from a list. */
public interface CampaignDeliveries {

    /** The workbook a delivery list is filled in. */
    byte[] template();

    List<EligibleMember> eligible(long campaignId, long afterMemberId, int limit);

    HandOut confirm(long campaignId, Confirmation confirmation);

    List<HandOut> handOuts(long campaignId, long afterId, int limit);

    /**
     * A cash hand-out whose payment failed (the bank refused the card) confirmed again once the card is mended, so
     * the next payout run takes it; 409 when its payment has not failed.
     */
    HandOut retryPayment(long campaignId, long deliveryId);

    /** An .xlsx delivery list: all rows confirmed in one transaction, or none and every bad row returned. */
    DeliveryImport importList(long campaignId, byte[] workbook);
}
