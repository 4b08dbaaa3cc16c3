package org.huzhu.campaigns.api.distribution;

import java.util.List;
import org.huzhu.campaigns.api.CampaignType;

/** Headquarters' read of one city's campaigns of a year, against the year before. */
public record CityCampaigns(String tenantId, String tenantName, List<Line> campaigns) {

    /** One campaign's totals, with the reach of the same type's campaigns the year before. */
    public record Line(long campaignId, CampaignType type, String name, long budgetFen, long spentFen, long reached,
                       long reachedLastYear) {
    }
}
