package org.huzhu.tenancy.api;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Base class of every tenant-owned entity. EclipseLink adds {@code tenant_id = ?} to every query, fills
 * the column on insert and keeps a cache per tenant, from the entity manager's {@code eclipselink.tenant-id}
 * property, which {@link TenantEntityManager} sets from the {@link TenantContext}. No query in the code base
 * names tenant_id. Every tenant-owned row also has a generated id and an optimistic-lock version.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScopedEntity.TENANT_PROPERTY, length = 32)
public abstract class TenantScopedEntity {
    public static final String TENANT_PROPERTY = "eclipselink.tenant-id";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    public Long id() {
        return id;
    }
}
