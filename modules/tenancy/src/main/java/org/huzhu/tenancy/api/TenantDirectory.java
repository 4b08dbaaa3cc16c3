package org.huzhu.tenancy.api;

import java.util.List;
import java.util.Optional;
import org.huzhu.kernel.tenant.TenantId;

/** The active tenants. New ones appear without a restart: the provisioning tool writes, this reads. */
public interface TenantDirectory {

    List<TenantSummary> activeTenants();

    Optional<TenantSummary> find(TenantId id);
}
