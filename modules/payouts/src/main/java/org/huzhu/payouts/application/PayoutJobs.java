package org.huzhu.payouts.application;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.huzhu.kernel.tenant.TenantId;
import org.huzhu.payouts.domain.PayoutRun;
import org.huzhu.payouts.domain.PayoutSchedule;
import org.huzhu.payouts.domain.RunStatus;
import org.huzhu.tenancy.api.TenantDirectory;
import org.huzhu.tenancy.api.TenantScope;
import org.huzhu.tenancy.api.TenantSummary;

/**
 * Runs the payout work on the server's managed executor, each job for its tenant: gathering a run and
 * applying a result file, tried again a few times when a chunk fails, and resumed at start-up when a stop
 * cut it off. Also the weekly schedule (周赔): every few minutes each tenant's payout day is checked and, on
 * the day, one run is made by {@value #SYSTEM} (at most one scheduled run per tenant and day).
 */
@ApplicationScoped
public class PayoutJobs {

    private static final Logger LOG = Logger.getLogger(PayoutJobs.class.getName());
    public static final String SYSTEM = "system";
    private static final String ACTOR = "payout-run";
    static final int ATTEMPTS = 6;
    static final int RETRY_SECONDS = 10;
    static final int SCHEDULE_CHECK_MINUTES = 5;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    TenantScope scope;

    @Inject
    PayoutRunner runner;

    @Inject
    PayoutStore store;

    @Inject
    TenantDirectory tenants;

    public void launchGather(TenantId tenant, long runId) {
        launch(tenant, "gathering run " + runId, () -> runner.gather(runId), 1);
    }

    public void launchResult(TenantId tenant, long importId) {
        launch(tenant, "result import " + importId, () -> runner.applyResult(importId), 1);
    }

    /** A failed attempt (a lock wait timed out, the database went away) is tried again later; no data in the log. */
    private void launch(TenantId tenant, String what, Runnable work, int attempt) {
        executor.submit(() -> {
            try {
                scope.call(tenant, ACTOR, () -> {
                    work.run();
                    return null;
                });
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "payout {0} of {1} stopped (attempt {2}): {3}",
                        new Object[] {what, tenant.value(), attempt, e.getClass().getName()});
                if (attempt < ATTEMPTS) {
                    scheduler.schedule(() -> launch(tenant, what, work, attempt + 1), (long) RETRY_SECONDS * attempt,
                            TimeUnit.SECONDS);
                }
            }
        });
    }

    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 910) @Initialized(ApplicationScoped.class)
               Object started) {
        executor.submit(() -> tenants.activeTenants().forEach(this::resume));
        if (scheduledRunsOn()) {
            scheduler.scheduleWithFixedDelay(this::checkSchedules, 1, SCHEDULE_CHECK_MINUTES, TimeUnit.MINUTES);
        }
    }

    private void resume(TenantSummary tenant) {
        List<Long> gathering = scope.call(tenant.id(), ACTOR, () -> store.runsIn(RunStatus.GATHERING));
        List<Long> results = scope.call(tenant.id(), ACTOR, () -> store.importsReceived());
        gathering.forEach(id -> {
            LOG.info(() -> "resuming payout run " + id + " of " + tenant.id().value());
            launchGather(tenant.id(), id);
        });
        results.forEach(id -> {
            LOG.info(() -> "resuming payout result import " + id + " of " + tenant.id().value());
            launchResult(tenant.id(), id);
        });
    }

    /** Each tenant's payout day: on the day, one scheduled run, gathered at once. */
    void checkSchedules() {
        LocalDate today = LocalDate.now();
        scope.forEachTenant(SYSTEM, tenant -> {
            Long runId = scheduledRun(today);
            if (runId != null) {
                LOG.info(() -> "scheduled payout run " + runId + " of " + tenant.value() + " for " + today);
                launchGather(tenant, runId);
            }
            return false;
        });
    }

    private Long scheduledRun(LocalDate today) {
        if (!PayoutSchedule.due(today, store.payoutWeekday(), store.scheduledRunExists(today))) {
            return null;
        }
        // A second server making the same day's run at the same moment fails on the unique key: one run.
        return store.create(PayoutRun.scheduled(today, SYSTEM));
    }

    /** Off where tests need every approved claim for their own runs (server variable huzhu.payouts.scheduled). */
    private static boolean scheduledRunsOn() {
        try {
            Object value = new InitialContext().lookup("huzhu/payoutsScheduled");
            return !"false".equalsIgnoreCase(String.valueOf(value).strip());
        } catch (NamingException e) {
            return true;
        }
    }
}
