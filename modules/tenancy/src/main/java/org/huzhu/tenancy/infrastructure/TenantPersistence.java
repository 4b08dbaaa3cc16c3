package org.huzhu.tenancy.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.Map;
import org.huzhu.kernel.tenant.TenantId;
import org.huzhu.tenancy.api.TenantScopedEntity;

/** Opens entity managers bound to one tenant. The only code that sets the tenant property. */
@ApplicationScoped
public class TenantPersistence {

    @PersistenceUnit(unitName = "huzhu")
    EntityManagerFactory factory;

    public EntityManager open(TenantId tenant) {
        return factory.createEntityManager(Map.of(TenantScopedEntity.TENANT_PROPERTY, tenant.value()));
    }

    /** For platform tables that belong to no tenant (the tenant registry itself). */
    public EntityManager openPlatform() {
        return factory.createEntityManager();
    }
}
