package org.huzhu.microloans.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.huzhu.microloans.api.AuditLine;
import org.huzhu.microloans.domain.LoanAudit;
import org.huzhu.tenancy.api.TenantEntityManager;
import org.huzhu.tenancy.api.Translations;

/**
 * Writes audit lines in the caller's transaction (codes and parameters, never sentences) and reads them back put
 * into words through {@code microloans.audit.<CODE>}.
 */
@ApplicationScoped
public class LoanAuditTrail {

    public static final String APPLICATION = "APPLICATION";
    public static final String LOAN = "LOAN";
    public static final String SUBSIDY = "SUBSIDY";
    /** A reference rate published (subject id 0: the rate has no row of its own in the trail's sense). */
    public static final String RATE = "RATE";

    @Inject
    TenantEntityManager entityManager;

    @Inject
    Translations translations;

    public void record(String subject, long id, String code, String actor, Object before, Object after,
                       Object... params) {
        String joined = Arrays.stream(params).map(p -> p == null ? "" : String.valueOf(p).replace('|', '/'))
                .collect(Collectors.joining("|"));
        entityManager.get().persist(new LoanAudit(subject, id, code, actor, LocalDateTime.now(),
                before == null ? null : before.toString(), after == null ? null : after.toString(), joined));
    }

    public List<AuditLine> of(String subject, long id) {
        return entityManager.get().createQuery("SELECT a FROM LoanAudit a WHERE a.subject = :s AND a.subjectId = :id "
                        + "ORDER BY a.id", LoanAudit.class).setParameter("s", subject).setParameter("id", id)
                .getResultList().stream().map(this::line).toList();
    }

    private AuditLine line(LoanAudit a) {
        List<String> params = a.params().isEmpty() ? List.of() : List.of(a.params().split("\\|", -1));
        String key = "microloans.audit." + a.code();
        return new AuditLine(a.subject(), a.subjectId(), a.code(), params, a.actor(), a.at(), a.statusBefore(),
                a.statusAfter(), translations.text(key, Locale.SIMPLIFIED_CHINESE, params.toArray()),
                translations.text(key, Locale.ENGLISH, params.toArray()));
    }
}
