package org.huzhu.campaigns.domain.distribution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.huzhu.tenancy.api.TenantScopedEntity;

/** One grassroots union's share of a campaign as last computed: eligible members there and the quota's share. */
@Entity
@Table(name = "campaign_allotment")
public class Allotment extends TenantScopedEntity {

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(name = "union_id", nullable = false)
    private long unionId;

    @Column(name = "agency_id")
    private Long agencyId;

    @Column(nullable = false)
    private long eligible;

    @Column(nullable = false)
    private long share;

    protected Allotment() {
    }

    public Allotment(long campaignId, long unionId, Long agencyId, long eligible, long share) {
        this.campaignId = campaignId;
        this.unionId = unionId;
        this.agencyId = agencyId;
        this.eligible = eligible;
        this.share = share;
    }

    public long unionId() {
        return unionId;
    }

    public Long agencyId() {
        return agencyId;
    }

    public long eligible() {
        return eligible;
    }

    public long share() {
        return share;
    }
}
