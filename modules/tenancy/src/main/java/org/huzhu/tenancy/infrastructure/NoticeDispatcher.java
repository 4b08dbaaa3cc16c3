package org.huzhu.tenancy.infrastructure;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.huzhu.kernel.pii.PersonalDataProtector;
import org.huzhu.tenancy.api.SmsGateway;
import org.huzhu.tenancy.api.TenantEntityManager;
import org.huzhu.tenancy.api.TenantScope;
import org.huzhu.tenancy.domain.OutboxNotice;

/**
 * Sends what the outbox holds, every few seconds, tenant by tenant, a few hundred at a time. A notice is
 * marked sent in the same transaction that sent it; a failed send is counted and tried again next round.
 */
@ApplicationScoped
public class NoticeDispatcher {

    private static final int BATCH = 500;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    TenantScope scope;

    @Inject
    NoticeDispatcher self;

    @Inject
    TenantEntityManager entityManager;

    @Inject
    SmsGateway gateway;

    @Inject
    PersonalDataProtector protector;

    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) @Initialized(ApplicationScoped.class) Object started) {
        scheduler.scheduleWithFixedDelay(this::round, 5, 2, TimeUnit.SECONDS);
    }

    void round() {
        scope.forEachTenant("notice-dispatcher", tenant -> self.sendBatch(tenant.value()) == BATCH);
    }

    @Transactional
    public int sendBatch(String tenant) {
        List<OutboxNotice> pending = entityManager.get().createQuery("select n from OutboxNotice n where n.sentAt is null "
                + "and n.attempts < 10 order by n.id", OutboxNotice.class).setMaxResults(BATCH).getResultList();
        for (OutboxNotice notice : pending) {
            try {
                if (notice.bySms()) {
                    gateway.send(tenant, protector.decrypt(notice.phoneCipher()), notice.body());
                }
                notice.sent();
            } catch (RuntimeException e) {
                notice.failedAttempt();
            }
        }
        return pending.size();
    }
}
