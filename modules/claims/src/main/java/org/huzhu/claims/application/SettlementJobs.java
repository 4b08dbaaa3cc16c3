package org.huzhu.claims.application;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.huzhu.kernel.tenant.TenantId;
import org.huzhu.tenancy.api.TenantDirectory;
import org.huzhu.tenancy.api.TenantScope;
import org.huzhu.tenancy.api.TenantSummary;

/**
 * Runs settlement imports on the server's managed executor, each for its tenant; a failed run is tried again
 * after 10, 20, ... 50 s, and at start-up the ones a stop interrupted resume. No line content is ever logged.
 */
@ApplicationScoped
public class SettlementJobs {

    private static final Logger LOG = Logger.getLogger(SettlementJobs.class.getName());
    private static final String ACTOR = "settlement-import";
    static final int ATTEMPTS = 6;
    static final int RETRY_SECONDS = 10;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    TenantScope scope;

    @Inject
    SettlementRunner runner;

    @Inject
    SettlementStore store;

    @Inject
    TenantDirectory tenants;

    public void launch(TenantId tenant, long importId) {
        launch(tenant, importId, 1);
    }

    private void launch(TenantId tenant, long importId, int attempt) {
        executor.submit(() -> {
            try {
                scope.call(tenant, ACTOR, () -> {
                    runner.run(importId);
                    return null;
                });
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "settlement import {0} of {1} stopped (attempt {2}): {3}",
                        new Object[] {importId, tenant.value(), attempt, e.getClass().getName()});
                if (attempt < ATTEMPTS) {
                    scheduler.schedule(() -> launch(tenant, importId, attempt + 1), (long) RETRY_SECONDS * attempt,
                            TimeUnit.SECONDS);
                }
            }
        });
    }

    void resume(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) @Initialized(ApplicationScoped.class)
                Object started) {
        executor.submit(() -> tenants.activeTenants().forEach(this::resume));
    }

    private void resume(TenantSummary tenant) {
        scope.call(tenant.id(), ACTOR, store::running).forEach(id -> {
            LOG.info(() -> "resuming settlement import " + id + " of " + tenant.id().value());
            launch(tenant.id(), id);
        });
    }
}
