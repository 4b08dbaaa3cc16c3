package org.huzhu.reporting.application;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
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
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.huzhu.kernel.calendar.WorkingDayCalendar;
import org.huzhu.reporting.domain.QuickPayment;
import org.huzhu.reporting.infrastructure.Recount;
import org.huzhu.tenancy.api.Leases;
import org.huzhu.tenancy.api.TenantCalendar;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.api.TenantScope;

/**
 * Recounts a tenant's read model from the raw tables in one transaction. At start-up every tenant never recounted
 * is (figures written before reporting existed or by SQL: demo data, migrations); tests recount to compare.
 */
@ApplicationScoped
public class ReadModelRebuild {

    private static final Logger LOG = Logger.getLogger(ReadModelRebuild.class.getName());
    static final String ACTOR = "reporting";
    static final String LEASE = "round/read-model-rebuild";

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    @Inject
    TenantContext context;

    @Inject
    TenantCalendar calendar;

    @Inject
    TenantScope scope;

    @Inject
    Leases leases;

    @Inject
    ReadModelRebuild self;

    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 920) @Initialized(ApplicationScoped.class)
               Object started) {
        executor.execute(() -> {
            // one server recounts; a server starting meanwhile leaves it to that one
            if (!leases.hold(LEASE, Duration.ofHours(2))) {
                return;
            }
            try {
                scope.forEachTenant(ACTOR, tenant -> {
                    if (!self.recounted()) {
                        self.rebuild();
                        LOG.info(() -> "figures of tenant " + tenant.value() + " recounted");
                    }
                    return false;
                });
            } finally {
                leases.release(LEASE);
            }
        });
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
