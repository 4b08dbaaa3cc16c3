package org.huzhu.tenancy.api;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.huzhu.kernel.tenant.TenantId;

/**
 * Runs resumable jobs (imports a chunk at a time) on the server's managed executor, each for its tenant: a run
 * that fails (a lock wait timed out, the database went away) is tried again after 10, 20, ... 50 s, and at
 * start-up the jobs a stop interrupted are launched again. The job itself must skip what it already committed.
 * Log lines name the job and the tenant, never the content.
 */
@ApplicationScoped
public class BackgroundJobs {

    private static final Logger LOG = Logger.getLogger(BackgroundJobs.class.getName());
    static final int ATTEMPTS = 6;
    static final int RETRY_SECONDS = 10;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    TenantScope scope;

    @Inject
    TenantDirectory tenants;

    /** Runs {@code work} with the job's id as {@code actor} in the tenant, in the background. */
    public void launch(TenantId tenant, String actor, long jobId, LongConsumer work) {
        launch(tenant, actor, jobId, work, 1);
    }

    private void launch(TenantId tenant, String actor, long jobId, LongConsumer work, int attempt) {
        executor.submit(() -> {
            try {
                scope.call(tenant, actor, () -> {
                    work.accept(jobId);
                    return null;
                });
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "{0} {1} of {2} stopped (attempt {3}): {4}",
                        new Object[] {actor, jobId, tenant.value(), attempt, e.getClass().getName()});
                if (attempt < ATTEMPTS) {
                    scheduler.schedule(() -> launch(tenant, actor, jobId, work, attempt + 1),
                            (long) RETRY_SECONDS * attempt, TimeUnit.SECONDS);
                }
            }
        });
    }

    /** At start-up: in every active tenant, launches again the jobs {@code running} lists. */
    public void resume(String actor, Supplier<List<Long>> running, LongConsumer work) {
        executor.submit(() -> tenants.activeTenants().forEach(tenant -> {
            scope.call(tenant.id(), actor, running).forEach(id -> {
                LOG.info(() -> "resuming " + actor + " " + id + " of " + tenant.id().value());
                launch(tenant.id(), actor, id, work);
            });
        }));
    }
}
