package org.huzhu.payouts.application;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.huzhu.kernel.tenant.TenantId;
import org.huzhu.payouts.domain.PayoutRun;
import org.huzhu.payouts.domain.PayoutSchedule;
import org.huzhu.payouts.domain.RunStatus;
import org.huzhu.tenancy.api.BackgroundJobs;
import org.huzhu.tenancy.api.Leases;
import org.huzhu.tenancy.api.TenantScope;

/**
 * Runs the payout work as background jobs ({@link BackgroundJobs}: tried again when a chunk fails, resumed at
 * start-up when a stop cut it off): gathering a run and applying a result file. Also the weekly schedule (周赔): every few minutes each tenant's payout day is checked and, on
 * the day, one run is made by {@value #SYSTEM} (at most one scheduled run per tenant and day).
 */
@ApplicationScoped
public class PayoutJobs {

    private static final Logger LOG = Logger.getLogger(PayoutJobs.class.getName());
    public static final String SYSTEM = "system";
    private static final String GATHER = "payout-run";
    private static final String RESULT = "payout-result";
    static final int SCHEDULE_CHECK_MINUTES = 5;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    TenantScope scope;

    @Inject
    Leases leases;

    @Inject
    BackgroundJobs jobs;

    @Inject
    PayoutRunner runner;

    @Inject
    PayoutStore store;


    public void launchGather(TenantId tenant, long runId) {
        jobs.launch(tenant, GATHER, runId, runner::gather, store::gatheringFailed);
    }

    public void launchResult(TenantId tenant, long importId) {
        jobs.launch(tenant, RESULT, importId, runner::applyResult, store::resultFailed);
    }

    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 910) @Initialized(ApplicationScoped.class)
               Object started) {
        jobs.resume(GATHER, () -> store.runsIn(RunStatus.GATHERING), runner::gather, store::gatheringFailed);
        jobs.resume(RESULT, store::importsReceived, runner::applyResult, store::resultFailed);
        if (scheduledRunsOn()) {
            scheduler.scheduleWithFixedDelay(this::checkSchedules, 1, SCHEDULE_CHECK_MINUTES, TimeUnit.MINUTES);
        }
    }

    /** Each tenant's payout day: on the day, one scheduled run, gathered at once. */
    void checkSchedules() {
        leases.onOneServer("payout-schedules", Duration.ofMinutes(3L * SCHEDULE_CHECK_MINUTES), this::makeDueRuns);
    }

    private void makeDueRuns() {
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

    /** Off where tests need every approved payable for their own runs (server variable huzhu.payouts.scheduled). */
    private static boolean scheduledRunsOn() {
        try {
            Object value = new InitialContext().lookup("huzhu/payoutsScheduled");
            return !"false".equalsIgnoreCase(String.valueOf(value).strip());
        } catch (NamingException e) {
            return true;
        }
    }
}
