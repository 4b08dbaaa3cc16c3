package org.huzhu.relief.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.huzhu.payouts.api.Payable;
import org.huzhu.payouts.api.PayableKind;
import org.huzhu.payouts.api.PayableSource;
import org.huzhu.relief.api.PaymentStep;
import org.huzhu.relief.domain.AidLineStatus;
import org.huzhu.relief.domain.CondolenceLine;
import org.huzhu.tenancy.api.TenantEntityManager;

/**
 * Condolence items' side of the payout runs. Each change goes through the line's own conditional step
 * ({@link CondolenceLine#schedule}, {@link CondolenceLine#markPaid}, {@link CondolenceLine#markFailed}) in the
 * payout run's transaction, and the lines' optimistic-lock version stops two runs taking one line: a retried or
 * resumed run takes and pays each line once.
 */
@ApplicationScoped
public class CondolencePayables implements PayableSource {

    @Inject
    TenantEntityManager entityManager;

    @Inject
    PaymentTrail trail;

    @Override
    public PayableKind kind() {
        return PayableKind.CONDOLENCE;
    }

    @Override
    public List<Payable> approvedUnscheduled(int limit) {
        return entityManager.get().createQuery("select l.id, l.memberId, l.memberName, l.amountFen "
                        + "from CondolenceLine l where l.status = :approved and l.payoutRunId is null order by l.id",
                        Object[].class)
                .setParameter("approved", AidLineStatus.APPROVED).setMaxResults(limit).getResultList().stream()
                .map(r -> new Payable(PayableKind.CONDOLENCE, (Long) r[0], (Long) r[1], (String) r[2], (Long) r[3]))
                .toList();
    }

    @Override
    public void schedule(long runId, List<Payable> payables, String actor) {
        if (payables.isEmpty()) {
            return;
        }
        List<CondolenceLine> lines = lines(payables.stream().map(Payable::sourceId).toList());
        long taken = lines.stream().filter(l -> l.schedule(runId)).count();
        if (taken != payables.size()) {
            throw new IllegalStateException("condolence lines changed while payout run " + runId
                    + " took them; retried");
        }
        trail.record(PaymentStep.Subject.CONDOLENCE_LINE, payables.stream().map(Payable::sourceId).toList(),
                PaymentStep.Kind.SCHEDULED, runId, null, actor);
    }

    @Override
    public int markPaid(long runId, Collection<Long> sourceIds, LocalDate paidOn, String actor) {
        if (sourceIds.isEmpty()) {
            return 0;
        }
        List<Long> paid = lines(sourceIds).stream().filter(l -> l.markPaid(runId, paidOn)).map(CondolenceLine::id).toList();
        trail.record(PaymentStep.Subject.CONDOLENCE_LINE, paid, PaymentStep.Kind.PAID, runId, paidOn.toString(), actor);
        return paid.size();
    }

    @Override
    public int markFailed(long runId, long sourceId, String reason, String actor) {
        List<Long> failed = lines(List.of(sourceId)).stream().filter(l -> l.markFailed(runId, reason))
                .map(CondolenceLine::id).toList();
        trail.record(PaymentStep.Subject.CONDOLENCE_LINE, failed, PaymentStep.Kind.PAYMENT_FAILED, runId, reason, actor);
        return failed.size();
    }

    private List<CondolenceLine> lines(Collection<Long> ids) {
        return entityManager.get()
                .createQuery("select l from CondolenceLine l where l.id in :ids", CondolenceLine.class)
                .setParameter("ids", ids).getResultList();
    }
}
