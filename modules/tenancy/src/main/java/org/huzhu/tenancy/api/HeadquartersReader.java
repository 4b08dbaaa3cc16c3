package org.huzhu.tenancy.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.huzhu.tenancy.infrastructure.TenantPersistence;

/**
 * The one deliberate path across tenants: headquarters reads each tenant in turn, each through an entity
 * manager bound to that tenant, so isolation rules still apply to every query. Read-only by construction:
 * the entity managers never join a transaction.
 */
@ApplicationScoped
public class HeadquartersReader {

    @Inject
    TenantContext context;

    @Inject
    TenantDirectory directory;

    @Inject
    TenantPersistence persistence;

    public <T> List<PerTenant<T>> readEachTenant(Function<EntityManager, T> reader) {
        Caller caller = context.requireCaller();
        if (!caller.has(Role.HQ_ANALYST)) {
            throw new AccessDeniedException("only headquarters reads across tenants");
        }
        List<PerTenant<T>> results = new ArrayList<>();
        for (TenantSummary tenant : directory.activeTenants()) {
            EntityManager em = persistence.open(tenant.id());
            try {
                results.add(new PerTenant<>(tenant, reader.apply(em)));
            } finally {
                em.close();
            }
        }
        return results;
    }

    /** One tenant's share of a cross-tenant read. */
    public record PerTenant<T>(TenantSummary tenant, T value) {
    }
}
