package org.huzhu.reporting.application;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.time.YearMonth;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.huzhu.tenancy.api.Leases;
import org.huzhu.tenancy.api.TenantScope;

/**
 * Every hour (the first round a minute after start-up), tenant by tenant: last month's report is made and kept
 * when it is not yet, so a month's report appears in the first hour of the next month, and a round that failed
 * (the database away) is made good by the next. A tenant whose figures were never recounted (demo data just
 * loaded, the recount still running) waits for the next round rather than keeping a report of half its figures.
 */
@ApplicationScoped
public class MonthlyReportJob {

    private static final Logger LOG = Logger.getLogger(MonthlyReportJob.class.getName());
    static final String ACTOR = "monthly-report";

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    TenantScope scope;

    @Inject
    Leases leases;

    @Inject
    MonthlyReports reports;

    @Inject
    ReadModelRebuild rebuild;

    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 930) @Initialized(ApplicationScoped.class)
               Object started) {
        scheduler.scheduleWithFixedDelay(this::round, 1, 60, TimeUnit.MINUTES);
    }

    void round() {
        leases.onOneServer("monthly-reports", Duration.ofHours(3), this::keep);
    }

    private void keep() {
        YearMonth month = YearMonth.now().minusMonths(1); // the JVM runs in the offices' zone (jvm.options)
        scope.forEachTenant(ACTOR, tenant -> {
            if (rebuild.recounted()) {
                int made = reports.keep(month);
                if (made > 0) {
                    LOG.log(Level.INFO, "{0}: monthly report {1} kept ({2} files)",
                            new Object[] {tenant.value(), month, made});
                }
            }
            return false;
        });
    }
}
