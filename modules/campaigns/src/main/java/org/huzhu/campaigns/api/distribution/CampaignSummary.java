package org.huzhu.campaigns.api.distribution;

import java.time.LocalDateTime;

/** A campaign with its settings, what it has spent and served, and the campaign it was cloned from. */
public record CampaignSummary(long id, CampaignSettings settings, long spentFen, long reached, Long clonedFrom,
                              LocalDateTime allottedAt, String createdBy, LocalDateTime createdAt) {
}
