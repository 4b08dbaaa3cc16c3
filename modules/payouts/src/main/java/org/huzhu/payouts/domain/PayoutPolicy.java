package org.huzhu.payouts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The office's payout setting as tenant-config sets it (one row per tenant, keyed by the tenant id like the
 * tenant row itself, written by provisioning): the weekly payout day.
 */
@Entity
@Table(name = "payout_policy")
public class PayoutPolicy {

    @Id
    @Column(name = "tenant_id")
    private String tenantId;
    @Column(name = "payout_weekday")
    private String payoutWeekday;

    protected PayoutPolicy() {
    }

    public String payoutWeekday() { return payoutWeekday; }
}
