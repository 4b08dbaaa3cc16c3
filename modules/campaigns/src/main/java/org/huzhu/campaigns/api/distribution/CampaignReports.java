package org.huzhu.campaigns.api.distribution;

import java.util.List;

/** Figures per campaign for the office; per city for headquarters (read-only, across tenants). */
public interface CampaignReports {

    CampaignFigures figures(long campaignId);

    List<CityCampaigns> headquarters(int year);
}
