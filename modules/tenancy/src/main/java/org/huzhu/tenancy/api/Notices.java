package org.huzhu.tenancy.api;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The outbox: notices are written in the transaction of the work they report on, and sent after it
 * commits by the {@code NoticeDispatcher}. A notice already queued under the same kind and reference
 * is not queued again.
 */
@jakarta.enterprise.context.ApplicationScoped
public class Notices {

    static final List<String> COLUMNS = List.of("member_id", "channel", "kind", "reference", "phone_cipher", "body",
            "created_at", "attempts", "version");

    @jakarta.inject.Inject
    TenantSql sql;

    public void enqueue(List<Notice> notices) {
        LocalDateTime now = LocalDateTime.now();
        sql.insert("notice_outbox", COLUMNS, notices.stream().map(n -> new Object[] {n.memberId(),
                n.phoneCipher() == null ? "PORTAL" : "SMS", n.kind(), n.reference(), n.phoneCipher(), n.body(), now,
                0, 0L}).toList(), "id = id");
    }
}
