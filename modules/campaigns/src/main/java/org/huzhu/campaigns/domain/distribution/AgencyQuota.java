package org.huzhu.campaigns.domain.distribution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.huzhu.tenancy.api.TenantScopedEntity;

/**
 * How many people one agency office may serve in a campaign, and how many it has: {@code used} only rises by a
 * conditional update that keeps it within the quota (two clerks confirming at once cannot both take the last).
 */
@Entity
@Table(name = "campaign_quota")
public class AgencyQuota extends TenantScopedEntity {

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @Column(nullable = false)
    private long quota;

    @Column(nullable = false)
    private long used;

    protected AgencyQuota() {
    }

    public AgencyQuota(long campaignId, long agencyId, long quota) {
        this.campaignId = campaignId;
        this.agencyId = agencyId;
        this.quota = quota;
    }

    public long campaignId() {
        return campaignId;
    }

    public long agencyId() {
        return agencyId;
    }

    public long quota() {
        return quota;
    }

    public long used() {
        return used;
    }
}
