package org.huzhu.tenancy.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.function.Supplier;
import org.huzhu.kernel.tenant.TenantId;

/**
 * Runs work for a named tenant outside an HTTP request (batch jobs, async work, headquarters reports):
 * the tenant is handed over explicitly and lives in a fresh request context that ends with the work.
 */
@ApplicationScoped
public class TenantScope {

    @Inject
    Instance<RequestContextController> controllers;

    @Inject
    Instance<TenantContext> contexts;

    @Inject
    TenantDirectory tenants;

    /**
     * Runs the work for the tenant as office staff (it sees the whole tenant): whoever started it was
     * authorised then, and a job resumed after a restart has no login to act for.
     */
    public <T> T call(TenantId tenant, String actor, Supplier<T> work) {
        return call(tenant, actor, Set.of(Role.OFFICE_ADMIN), work);
    }

    public <T> T call(TenantId tenant, String actor, Set<Role> roles, Supplier<T> work) {
        RequestContextController controller = controllers.get();
        boolean activated = controller.activate();
        if (!activated) {
            throw new IllegalStateException("TenantScope must not be nested in a request that has a context");
        }
        try {
            contexts.get().bind(new Caller(actor, java.util.Optional.of(tenant), roles, null));
            return work.get();
        } finally {
            controller.deactivate();
        }
    }

    /**
     * Runs the work for each active tenant in turn, as office staff, in a fresh scope each time and again while it
     * answers true (a batch was full: more may wait), for scheduled rounds (notices, escalations). A tenant whose
     * work fails is logged by its id and skipped until the next round.
     */
    public void forEachTenant(String actor, java.util.function.Predicate<TenantId> work) {
        forEachTenant(actor, t -> true, work);
    }

    /**
     * As {@link #forEachTenant(String, java.util.function.Predicate)}, for the active tenants among those named
     * (the ones a cheap read across tenants found work for, {@link TenantSql#tenantsWith}).
     */
    public void forEachTenant(String actor, Set<TenantId> among, java.util.function.Predicate<TenantId> work) {
        forEachTenant(actor, among::contains, work);
    }

    private void forEachTenant(String actor, java.util.function.Predicate<TenantId> among,
                               java.util.function.Predicate<TenantId> work) {
        for (TenantSummary tenant : tenants.activeTenants()) {
            if (!among.test(tenant.id())) {
                continue;
            }
            try {
                boolean again;
                do {
                    again = call(tenant.id(), actor, () -> work.test(tenant.id()));
                } while (again);
            } catch (RuntimeException e) {
                java.util.logging.Logger.getLogger(TenantScope.class.getName()).log(java.util.logging.Level.WARNING,
                        "{0} failed for tenant {1}; the next round tries again: {2}",
                        new Object[] {actor, tenant.id().value(), e.getClass().getName()});
            }
        }
    }
}
