package org.huzhu.tenancy.infrastructure;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.huzhu.kernel.pii.PersonalDataProtector;
import org.huzhu.tenancy.api.Leases;
import org.huzhu.tenancy.api.Notice;
import org.huzhu.tenancy.api.NoticeList;
import org.huzhu.tenancy.api.Notices;
import org.huzhu.tenancy.api.SmsGateway;
import org.huzhu.tenancy.api.TenantEntityManager;
import org.huzhu.tenancy.api.TenantScope;
import org.huzhu.tenancy.api.TenantSql;
import org.huzhu.tenancy.domain.OutboxNotice;

/**
 * Sends what the outbox holds, every few seconds, tenant by tenant, a few hundred at a time. A notice is
 * marked sent in the same transaction that sent it; a failed send is counted and tried again next round. A list
 * row (one notice to each of many members) is built by its module's {@link NoticeList} and sent whole.
 */
@ApplicationScoped
public class NoticeDispatcher {

    private static final int BATCH = 500;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    TenantScope scope;

    @Inject
    Leases leases;

    @Inject
    NoticeDispatcher self;

    @Inject
    TenantSql sql;

    @Inject
    TenantEntityManager entityManager;

    @Inject
    SmsGateway gateway;

    @Inject
    @Any
    Instance<NoticeList> lists;

    @Inject
    Notices notices;

    @Inject
    PersonalDataProtector protector;

    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) @Initialized(ApplicationScoped.class) Object started) {
        scheduler.scheduleWithFixedDelay(this::round, 5, 2, TimeUnit.SECONDS);
    }

    /** The cities with unsent notices only: with 300 cities, a transaction each every 2 s kept the database busy. */
    void round() {
        leases.onOneServer("notice-dispatcher", Duration.ofSeconds(20),
                () -> scope.forEachTenant("notice-dispatcher", sql.tenantsWith("notice_outbox", "sent_at IS NULL", List.of()),
                        tenant -> self.sendBatch(tenant.value()) == BATCH));
    }

    /**
     * Sends up to {@code BATCH} notices, a list row counting as many as it lists; answers {@code BATCH} while more
     * are waiting.
     */
    @Transactional
    public int sendBatch(String tenant) {
        List<OutboxNotice> pending = entityManager.get().createQuery("select n from OutboxNotice n where n.sentAt is null "
                + "and n.attempts < 10 order by n.id", OutboxNotice.class).setMaxResults(BATCH).getResultList();
        int sent = 0;
        for (OutboxNotice notice : pending) {
            if (sent >= BATCH) {
                return BATCH;
            }
            sent += notice.isList() ? sendList(tenant, notice) : sendOne(tenant, notice);
        }
        return pending.size();
    }

    private int sendOne(String tenant, OutboxNotice notice) {
        try {
            if (notice.bySms()) {
                gateway.send(tenant, protector.decrypt(notice.phoneCipher()), notice.body());
            }
            notice.sent();
        } catch (RuntimeException e) {
            notice.failedAttempt();
        }
        return 1;
    }

    /**
     * A list's notices, built by the module that queued it and handed to the gateway as one batch; a notice the
     * gateway could not take is queued on its own (tried again like any other), and the list is done.
     */
    private int sendList(String tenant, OutboxNotice list) {
        NoticeList builder = lists.stream().filter(l -> l.kind().equals(list.kind())).findFirst().orElse(null);
        if (builder == null) {
            list.failedAttempt();
            return 1;
        }
        List<Notice> built = builder.notices(list.reference(), list.listedMembers());
        notices.enqueue(handOver(tenant, built));
        list.sent();
        return Math.max(1, built.size());
    }

    /** Hands the notices with a phone to the gateway as one batch; answers those it could not take. */
    private List<Notice> handOver(String tenant, List<Notice> built) {
        List<SmsGateway.Sms> batch = new ArrayList<>();
        Map<SmsGateway.Sms, Notice> noticeOf = new IdentityHashMap<>();
        List<Notice> failed = new ArrayList<>();
        for (Notice notice : built) {
            if (notice.phoneCipher() != null) {
                try {
                    SmsGateway.Sms sms = new SmsGateway.Sms(protector.decrypt(notice.phoneCipher()), notice.body());
                    batch.add(sms);
                    noticeOf.put(sms, notice);
                } catch (RuntimeException e) {
                    failed.add(notice);
                }
            }
        }
        gateway.sendAll(tenant, batch).forEach(sms -> failed.add(noticeOf.get(sms)));
        return failed;
    }
}
