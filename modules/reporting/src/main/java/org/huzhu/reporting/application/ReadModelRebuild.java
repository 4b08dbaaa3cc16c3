package org.huzhu.reporting.application;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.huzhu.kernel.calendar.WorkingDayCalendar;
import org.huzhu.kernel.tenant.TenantId;
import org.huzhu.reporting.domain.QuickPayment;
import org.huzhu.reporting.infrastructure.Recount;
import org.huzhu.tenancy.api.Leases;
import org.huzhu.tenancy.api.TenantCalendar;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.api.TenantDirectory;
import org.huzhu.tenancy.api.TenantScope;
import org.huzhu.tenancy.api.TenantSummary;

/**
 * Recounts a tenant's read model from the raw tables in one transaction. Every tenant never recounted is, in a
 * round at start-up and then every {@value #ROUND_SECONDS} s (figures written before reporting existed or by SQL:
 * demo data, migrations; a city applied with demo data while the app runs, whose figures were otherwise empty until
 * the next restart); tests recount to compare.
 */
@ApplicationScoped
public class ReadModelRebuild {

    private static final Logger LOG = Logger.getLogger(ReadModelRebuild.class.getName());
    static final String ACTOR = "reporting";
    static final String LEASE = "round/read-model-rebuild";

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    TenantContext context;

    @Inject
    TenantCalendar calendar;

    @Inject
    TenantScope scope;

    @Inject
    TenantDirectory directory;

    @Inject
    Leases leases;

    @Inject
    ReadModelRebuild self;

    /** How often a round looks for tenants never recounted; an idle round only reads (two small queries). */
    static final int ROUND_SECONDS = 10;

    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 920) @Initialized(ApplicationScoped.class)
               Object started) {
        scheduler.scheduleWithFixedDelay(this::round, 0, ROUND_SECONDS, TimeUnit.SECONDS);
    }

    void round() {
        try {
            List<TenantId> waiting = neverRecounted();
            // one server recounts; a server starting meanwhile leaves it to that one
            if (waiting.isEmpty() || !leases.hold(LEASE, Duration.ofHours(2))) {
                return;
            }
            try {
                waiting.forEach(this::recountIfNever);
            } finally {
                leases.release(LEASE);
            }
        } catch (RuntimeException e) { // a task that throws is never run again by the scheduler
            LOG.log(Level.WARNING, "looking for figures to recount failed; the next round tries again", e);
        }
    }

    private void recountIfNever(TenantId tenant) {
        try {
            scope.call(tenant, ACTOR, () -> {
                if (!self.recounted()) { // another server may have done it since the list was read
                    self.rebuild();
                    LOG.info(() -> "figures of tenant " + tenant.value() + " recounted");
                }
                return null;
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "figures of tenant {0} not recounted; the next round tries again: {1}",
                    new Object[] {tenant.value(), e.getClass().getName()});
        }
    }

    /** The active tenants without a row in report_state. */
    List<TenantId> neverRecounted() {
        Set<String> recounted = new HashSet<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT tenant_id FROM report_state");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                recounted.add(r.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the report state failed: " + e.getMessage(), e);
        }
        return directory.activeTenants().stream().map(TenantSummary::id)
                .filter(t -> !recounted.contains(t.value())).toList();
    }

    /** Whether the current tenant's figures were ever recounted. */
    public boolean recounted() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT 1 FROM report_state WHERE tenant_id = ?")) {
            s.setString(1, context.tenant().value());
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the report state failed: " + e.getMessage(), e);
        }
    }

    @Transactional
    public void rebuild() {
        WorkingDayCalendar days = calendar.calendar();
        try (Connection c = dataSource.getConnection()) {
            Recount.run(c, context.tenant().value(), day -> QuickPayment.until(days, day));
        } catch (SQLException e) {
            throw new IllegalStateException("recounting the figures failed: " + e.getMessage(), e);
        }
    }
}
