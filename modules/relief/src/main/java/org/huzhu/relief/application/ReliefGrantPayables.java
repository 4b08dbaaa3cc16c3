package org.huzhu.relief.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.huzhu.payouts.api.Payable;
import org.huzhu.payouts.api.PayableKind;
import org.huzhu.payouts.api.PayableSource;
import org.huzhu.relief.api.ApplicationStatus;
import org.huzhu.relief.api.PaymentStep;
import org.huzhu.relief.domain.ReliefApplication;
import org.huzhu.tenancy.api.TenantEntityManager;

/**
 * Relief-fund grants on the payout runs. The money left the fund's ledger when the committee granted it; here only
 * the application's payment state moves, each step conditional on the state it expects
 * ({@link ReliefApplication#schedule}, {@link ReliefApplication#markPaid}, {@link ReliefApplication#markFailed}).
 */
@ApplicationScoped
public class ReliefGrantPayables implements PayableSource {

    @Inject
    TenantEntityManager entityManager;

    @Inject
    PaymentTrail trail;

    @Override
    public PayableKind kind() {
        return PayableKind.RELIEF_GRANT;
    }

    @Override
    public List<Payable> approvedUnscheduled(int limit) {
        return entityManager.get().createQuery("select a.id, a.memberId, a.memberName, a.grantedFen "
                        + "from ReliefApplication a where a.status = :granted and a.payoutRunId is null order by a.id",
                        Object[].class).setParameter("granted", ApplicationStatus.GRANTED).setMaxResults(limit)
                .getResultList().stream()
                .map(r -> new Payable(PayableKind.RELIEF_GRANT, (Long) r[0], (Long) r[1], (String) r[2], (Long) r[3]))
                .toList();
    }

    @Override
    public void schedule(long runId, List<Payable> payables, String actor) {
        if (payables.isEmpty()) {
            return;
        }
        long taken = applications(payables.stream().map(Payable::sourceId).toList()).stream()
                .filter(a -> a.schedule(runId)).count();
        if (taken != payables.size()) {
            throw new IllegalStateException("grants changed while payout run " + runId + " took them; retried");
        }
        trail.record(PaymentStep.Subject.RELIEF_APPLICATION, payables.stream().map(Payable::sourceId).toList(),
                PaymentStep.Kind.SCHEDULED, runId, null, actor);
    }

    @Override
    public int markPaid(long runId, Collection<Long> sourceIds, LocalDate paidOn, String actor) {
        if (sourceIds.isEmpty()) {
            return 0;
        }
        List<Long> paid = applications(sourceIds).stream().filter(a -> a.markPaid(runId, paidOn)).map(ReliefApplication::id).toList();
        trail.record(PaymentStep.Subject.RELIEF_APPLICATION, paid, PaymentStep.Kind.PAID, runId, paidOn.toString(), actor);
        return paid.size();
    }

    @Override
    public int markFailed(long runId, long sourceId, String reason, String actor) {
        List<Long> failed = applications(List.of(sourceId)).stream().filter(a -> a.markFailed(runId, reason))
                .map(ReliefApplication::id).toList();
        trail.record(PaymentStep.Subject.RELIEF_APPLICATION, failed, PaymentStep.Kind.PAYMENT_FAILED, runId, reason, actor);
        return failed.size();
    }

    private List<ReliefApplication> applications(Collection<Long> ids) {
        return entityManager.get().createQuery("select a from ReliefApplication a where a.id in :ids",
                ReliefApplication.class).setParameter("ids", ids).getResultList();
    }
}
