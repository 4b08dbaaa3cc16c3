package org.huzhu.payouts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.ReadOnly;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.huzhu.tenancy.api.TenantScopedEntity;

/**
 * The payout weekday of the tenant's claim policy, read only: the claims module owns {@code claim_policy}
 * (one row per tenant, keyed by the tenant, hence no {@link TenantScopedEntity} id and the weekday as this
 * mapping's id); the tenant filter is EclipseLink's, as for every tenant-owned entity.
 */
@Entity
@ReadOnly
@Table(name = "claim_policy")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScopedEntity.TENANT_PROPERTY, length = 32)
public class PayoutPolicy {

    @Id
    @Column(name = "payout_weekday")
    private String payoutWeekday;

    protected PayoutPolicy() {
    }

    public String payoutWeekday() {
        return payoutWeekday;
    }
}
