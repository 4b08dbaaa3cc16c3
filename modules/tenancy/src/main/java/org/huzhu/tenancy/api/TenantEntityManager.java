package org.huzhu.tenancy.api;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.annotation.Resource;
import org.huzhu.tenancy.infrastructure.TenantPersistence;

/**
 * The entity manager of the current unit of work, bound to its tenant. Repositories ask it for the
 * entity manager instead of injecting one, so that a query can only ever see the context's tenant.
 */
@RequestScoped
public class TenantEntityManager {

    private final TenantContext context;
    private final TenantPersistence persistence;
    private EntityManager entityManager;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    public TenantEntityManager(TenantContext context, TenantPersistence persistence) {
        this.context = context;
        this.persistence = persistence;
    }

    /** For CDI proxies only. */
    protected TenantEntityManager() {
        this(null, null);
    }

    public EntityManager get() {
        if (entityManager == null) {
            entityManager = persistence.open(context.tenant());
        }
        if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            entityManager.joinTransaction();
        }
        return entityManager;
    }

    @PreDestroy
    void close() {
        if (entityManager != null && entityManager.isOpen()) {
            entityManager.close();
        }
    }
}
