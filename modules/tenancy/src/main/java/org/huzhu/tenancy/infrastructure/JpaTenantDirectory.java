package org.huzhu.tenancy.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.huzhu.kernel.tenant.TenantId;
import org.huzhu.tenancy.api.TenantDirectory;
import org.huzhu.tenancy.api.TenantSummary;
import org.huzhu.tenancy.domain.Tenant;

/**
 * Reads the tenant table, keeping the list for a few seconds: every request checks its tenant here, and a
 * tenant applied by the provisioning tool must show up without a restart.
 */
@ApplicationScoped
public class JpaTenantDirectory implements TenantDirectory {

    private static final Duration FRESH_FOR = Duration.ofSeconds(5);

    @Inject
    TenantPersistence persistence;

    private volatile Snapshot snapshot = new Snapshot(List.of(), Instant.EPOCH);

    @Override
    public List<TenantSummary> activeTenants() {
        Snapshot current = snapshot;
        if (current.takenAt.plus(FRESH_FOR).isBefore(Instant.now())) {
            current = new Snapshot(load(), Instant.now());
            snapshot = current;
        }
        return current.tenants;
    }

    @Override
    public Optional<TenantSummary> find(TenantId id) {
        Optional<TenantSummary> found = lookup(activeTenants(), id);
        if (found.isEmpty()) {
            // A tenant applied a moment ago must not wait for the snapshot to age.
            snapshot = new Snapshot(load(), Instant.now());
            found = lookup(snapshot.tenants, id);
        }
        return found;
    }

    private static Optional<TenantSummary> lookup(List<TenantSummary> tenants, TenantId id) {
        return tenants.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    private List<TenantSummary> load() {
        EntityManager em = persistence.openPlatform();
        try {
            return em.createQuery("select t from Tenant t order by t.id", Tenant.class).getResultList().stream()
                    .filter(Tenant::isActive)
                    .map(t -> new TenantSummary(new TenantId(t.id()), t.nameZh(), t.nameEn()))
                    .toList();
        } finally {
            em.close();
        }
    }

    private record Snapshot(List<TenantSummary> tenants, Instant takenAt) {
    }
}
