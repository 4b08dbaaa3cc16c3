package org.huzhu.campaigns.application.giveaway;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.huzhu.tenancy.api.Leases;
import org.huzhu.tenancy.api.TenantScope;

/**
 * Every few seconds, tenant by tenant: lapsed holds released (back to the pool or to the first on the waitlist) and
 * reminders sent for holds about to lapse. Each hold is its own transaction, so one failing is tried again next
 * round and holds nothing else up.
 */
@ApplicationScoped
public class HoldJob {

    private static final Logger LOG = Logger.getLogger(HoldJob.class.getName());
    static final int SECONDS = 3;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    TenantScope scope;

    @Inject
    Leases leases;

    @Inject
    HoldReleases releases;

    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 920) @Initialized(ApplicationScoped.class) Object started) {
        scheduler.scheduleWithFixedDelay(this::round, SECONDS, SECONDS, TimeUnit.SECONDS);
    }

    void round() {
        leases.onOneServer("giveaway-holds", Duration.ofSeconds(10L * SECONDS), this::holds);
    }

    private void holds() {
        scope.forEachTenant("giveaway-holds", releases.tenantsHolding(), tenant -> {
            LocalDateTime now = LocalDateTime.now();
            List<Long> lapsed = releases.lapsed(now);
            int released = 0;
            for (long id : lapsed) {
                released += releases.release(id, now) ? 1 : 0;
            }
            releases.reminderCandidates(now).forEach(c -> releases.remind(c, now));
            if (released > 0) {
                LOG.log(Level.FINE, "{0}: {1} lapsed holds released", new Object[] {tenant.value(), released});
            }
            return lapsed.size() == HoldReleases.BATCH;
        });
    }
}
