package org.huzhu.claims.application;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.huzhu.claims.api.Claims;
import org.huzhu.tenancy.api.Leases;
import org.huzhu.tenancy.api.TenantScope;

/** Every ten minutes, tenant by tenant: claims past their due date are flagged and agency-level ones move up. */
@ApplicationScoped
public class EscalationJob {

    private static final Logger LOG = Logger.getLogger(EscalationJob.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    TenantScope scope;

    @Inject
    Leases leases;

    @Inject
    Claims claims;

    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 910) @Initialized(ApplicationScoped.class) Object started) {
        scheduler.scheduleWithFixedDelay(this::round, 1, 10, TimeUnit.MINUTES);
    }

    void round() {
        leases.onOneServer("claim-escalation", Duration.ofMinutes(30), this::escalate);
    }

    private void escalate() {
        scope.forEachTenant("system", tenant -> {
            int moved = claims.escalateOverdue();
            if (moved > 0) {
                LOG.log(Level.INFO, "{0}: {1} overdue claims escalated", new Object[] {tenant.value(), moved});
            }
            return moved == ClaimDecisions.ESCALATION_BATCH;
        });
    }
}
