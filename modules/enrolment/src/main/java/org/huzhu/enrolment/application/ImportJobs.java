package org.huzhu.enrolment.application;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.huzhu.enrolment.domain.EnrolmentImport;
import org.huzhu.enrolment.domain.ImportStatus;
import org.huzhu.kernel.tenant.TenantId;
import org.huzhu.tenancy.api.TenantDirectory;
import org.huzhu.tenancy.api.TenantEntityManager;
import org.huzhu.tenancy.api.TenantScope;
import org.huzhu.tenancy.api.TenantSummary;

/**
 * Runs import jobs on the server's managed executor, each for its tenant; tries a failed run again a few
 * times, and at start-up resumes the ones a stop interrupted (after the schema migrations, which observe
 * the same event earlier).
 */
@ApplicationScoped
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class.getName());
    private static final String ACTOR = "enrolment-import";
    static final int ATTEMPTS = 6;
    static final int RETRY_SECONDS = 10;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    TenantScope scope;

    @Inject
    ImportRunner runner;

    @Inject
    TenantDirectory tenants;

    @Inject
    TenantEntityManager entityManager;

    public void launch(TenantId tenant, long importId) {
        launch(tenant, importId, 1);
    }

    /**
     * A run that fails (a lock wait timed out, the database went away) leaves the job in its running state;
     * it is tried again a little later, a few times, and in any case at the next start. No row content is
     * in the log line.
     */
    private void launch(TenantId tenant, long importId, int attempt) {
        executor.submit(() -> {
            try {
                scope.call(tenant, ACTOR, () -> {
                    runner.run(importId);
                    return null;
                });
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "enrolment import {0} of {1} stopped (attempt {2}): {3}",
                        new Object[] {importId, tenant.value(), attempt, e.getClass().getName()});
                if (attempt < ATTEMPTS) {
                    scheduler.schedule(() -> launch(tenant, importId, attempt + 1), RETRY_SECONDS * attempt,
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
        List<Long> running = scope.call(tenant.id(), ACTOR, () -> entityManager.get()
                .createQuery("select i from EnrolmentImport i where i.status in :running order by i.id",
                        EnrolmentImport.class)
                .setParameter("running", List.of(ImportStatus.RECEIVED, ImportStatus.CHECKING, ImportStatus.SUBMITTING))
                .getResultList().stream().map(EnrolmentImport::id).toList());
        running.forEach(id -> {
            LOG.info(() -> "resuming enrolment import " + id + " of " + tenant.id().value());
            launch(tenant.id(), id);
        });
    }
}
