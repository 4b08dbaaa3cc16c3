package org.huzhu.claims.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.huzhu.kernel.tenant.TenantId;
import org.huzhu.tenancy.api.BackgroundJobs;

/**
 * Runs settlement imports in the background ({@link BackgroundJobs}: retried when a run fails on a passing
 * problem, FAILED with its reason when it cannot finish, resumed from start-up on after the schema migrations, which observe the same event earlier).
 */
@ApplicationScoped
public class SettlementJobs {

    private static final String ACTOR = "settlement-import";

    @Inject
    BackgroundJobs jobs;

    @Inject
    SettlementRunner runner;

    @Inject
    SettlementStore store;

    public void launch(TenantId tenant, long importId) {
        jobs.launch(tenant, ACTOR, importId, runner::run, store::failed);
    }

    void resume(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) @Initialized(ApplicationScoped.class)
                Object started) {
        jobs.resume(ACTOR, store::running, runner::run, store::failed);
    }
}
