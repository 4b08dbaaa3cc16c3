package org.huzhu.relief.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.huzhu.relief.api.PaymentStep;
import org.huzhu.relief.domain.PaymentStepRecord;
import org.huzhu.tenancy.api.TenantEntityManager;
import org.huzhu.tenancy.api.TenantSql;

/**
 * The payment trail of what relief pays: each step written in the caller's transaction (the payout run's, or the
 * clerk's putting a payment back), in one batch for a run that takes thousands of lines, and read back in order.
 */
@ApplicationScoped
public class PaymentTrail {

    @Inject
    TenantSql sql;

    @Inject
    TenantEntityManager entityManager;

    public void record(PaymentStep.Subject subject, Collection<Long> ids, PaymentStep.Kind step, Long runId,
                       String detail, String actor) {
        LocalDateTime now = LocalDateTime.now();
        String kept = detail == null ? null
                : detail.substring(0, Math.min(detail.length(), PaymentStepRecord.MAX_DETAIL));
        sql.insert("relief_payment_step", PaymentStepRecord.COLUMNS, ids.stream()
                .map(id -> new Object[] {subject.name(), id, step.name(), runId, kept, actor, now, 0L}).toList(), null);
    }

    public List<PaymentStep> of(PaymentStep.Subject subject, long id) {
        return entityManager.get().createQuery("select s from PaymentStepRecord s where s.subject = :subject "
                        + "and s.subjectId = :id order by s.id", PaymentStepRecord.class)
                .setParameter("subject", subject).setParameter("id", id).getResultList().stream()
                .map(PaymentStepRecord::view).toList();
    }
}
