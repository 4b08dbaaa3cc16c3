package org.huzhu.campaigns.api.distribution;

import java.util.List;
import java.util.Optional;

/** Setting up distribution campaigns (office admins) and reading them (office admins and clerks). */
public interface DistributionCampaigns {

    List<CampaignSummary> list(Integer year);

    Optional<CampaignSummary> find(long id);

    CampaignSummary create(CampaignSettings settings);

    /** A copy of the campaign for the next year: dates a year later, every setting kept (budget, rules, quotas). */
    CampaignSummary cloneForNextYear(long id);

    /** Computes the eligible list from the member registry and allots it to agency offices and unions. */
    List<AllotmentLine> allot(long id);

    /** The allotment as far as the caller may see it (a clerk: their part). */
    List<AllotmentLine> allotments(long id);
}
