package org.huzhu.campaigns.api.distribution;

import java.util.List;

/** Clerks' part of a campaign: who the rules select, confirming hand-outs one by one or from a list. */
public interface CampaignDeliveries {

    /** The workbook a delivery list is filled in. */
    byte[] template();

    List<EligibleMember> eligible(long campaignId, long afterMemberId, int limit);

    HandOut confirm(long campaignId, Confirmation confirmation);

    List<HandOut> handOuts(long campaignId, long afterId, int limit);

    /** An .xlsx delivery list: all rows confirmed in one transaction, or none and every bad row returned. */
    DeliveryImport importList(long campaignId, byte[] workbook);
}
