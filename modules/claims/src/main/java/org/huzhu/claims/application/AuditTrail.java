package org.huzhu.claims.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import org.huzhu.claims.api.AuditEntry;
import org.huzhu.claims.domain.AuditRecord;
import org.huzhu.kernel.money.Money;
import org.huzhu.tenancy.api.TenantEntityManager;
import org.huzhu.tenancy.api.TenantSql;

/** Writes audit lines in the caller's transaction (in bulk where a batch changes many claims) and reads them back. */
@ApplicationScoped
public class AuditTrail {

    @Inject
    TenantSql sql;

    @Inject
    TenantEntityManager entityManager;

    @Inject
    ClaimTexts texts;

    /** One change: subject, id, action, actor, state before and after, amounts in fen before and after, detail. */
    public record Line(String subject, long subjectId, String action, String actor, String statusBefore,
                       String statusAfter, Long amountBeforeFen, Long amountAfterFen, String detail) {
    }

    public void record(Line line) {
        record(List.of(line));
    }

    public void record(List<Line> lines) {
        LocalDateTime now = LocalDateTime.now();
        sql.insert("claim_audit", AuditRecord.COLUMNS, lines.stream().map(l -> new Object[] {l.subject(), l.subjectId(),
                l.action(), l.actor(), now, l.statusBefore(), l.statusAfter(), l.amountBeforeFen(), l.amountAfterFen(),
                l.detail() == null ? null : truncate(l.detail()), 0L}).toList(), null);
    }

    public List<AuditEntry> of(String subject, long subjectId) {
        return entityManager.get().createQuery("select a from AuditRecord a where a.subject = :subject "
                        + "and a.subjectId = :id order by a.id", AuditRecord.class)
                .setParameter("subject", subject).setParameter("id", subjectId).getResultList().stream()
                .map(a -> entry(a, texts.both(a.detail()))).toList();
    }

    private static AuditEntry entry(AuditRecord a, ClaimTexts.Both detail) {
        return new AuditEntry(a.subject(), a.subjectId(), a.action(), a.actor(), a.at().toString(), a.statusBefore(),
                a.statusAfter(), yuan(a.amountBeforeFen()), yuan(a.amountAfterFen()), detail.zh(),
                ClaimTexts.code(a.detail()), detail.zh(), detail.en());
    }

    private static String yuan(Long fen) {
        return fen == null ? null : Money.ofFen(fen).toString();
    }

    private static String truncate(String detail) {
        return detail.length() <= 500 ? detail : detail.substring(0, 497) + "...";
    }
}
