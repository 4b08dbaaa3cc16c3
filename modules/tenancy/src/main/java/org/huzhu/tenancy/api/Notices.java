package org.huzhu.tenancy.api;

import java.time.LocalDateTime;
import java.util.List;
import org.huzhu.tenancy.domain.MemberIdPack;

/**
 * The outbox: notices are written in the transaction of the work they report on, and sent after it
 * commits by the {@code NoticeDispatcher}. A notice already queued under the same kind and reference
 * is not queued again.
 */
@jakarta.enterprise.context.ApplicationScoped
public class Notices {

    static final List<String> COLUMNS = List.of("member_id", "channel", "kind", "reference", "phone_cipher", "body",
            "created_at", "attempts", "version");
    static final List<String> LIST_COLUMNS = List.of("member_id", "channel", "kind", "reference", "body", "member_ids",
            "created_at", "attempts", "version");

    @jakarta.inject.Inject
    TenantSql sql;

    public void enqueue(List<Notice> notices) {
        sql.insert("notice_outbox", COLUMNS, rows(notices), TenantSql.KEEP_STORED);
    }

    /** The same in a local transaction of the caller's own connection (see {@link TenantSql}). */
    public void enqueue(java.sql.Connection connection, List<Notice> notices) {
        sql.insert(connection, "notice_outbox", COLUMNS, rows(notices), TenantSql.KEEP_STORED);
    }

    private static List<Object[]> rows(List<Notice> notices) {
        LocalDateTime now = LocalDateTime.now();
        return notices.stream().map(n -> new Object[] {n.memberId(), n.phoneCipher() == null ? "PORTAL" : "SMS",
                n.kind(), n.reference(), n.phoneCipher(), n.body(), now, 0, 0L}).toList();
    }

    /**
     * Queues one notice to each of these members as ONE row, built when it is sent by the {@link NoticeList} of
     * this kind: for work that notifies thousands at once (an enrolment list), whose transaction would otherwise
     * write a row per member. Queued once per kind and reference, like single notices.
     */
    public void enqueueList(String kind, String reference, List<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return;
        }
        List<Object[]> row = new java.util.ArrayList<>();
        byte[] packed = MemberIdPack.pack(memberIds.stream().sorted().toList());
        row.add(new Object[] {0L, "LIST", kind, reference, memberIds.size() + " notices", packed, LocalDateTime.now(), 0,
                0L});
        sql.insert("notice_outbox", LIST_COLUMNS, row, TenantSql.KEEP_STORED);
    }
}
