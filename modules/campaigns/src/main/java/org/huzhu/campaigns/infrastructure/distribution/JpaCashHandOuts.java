package org.huzhu.campaigns.infrastructure.distribution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.huzhu.campaigns.api.distribution.CashState;
import org.huzhu.campaigns.domain.distribution.CashHandOuts;
import org.huzhu.campaigns.domain.distribution.CashPayment;
import org.huzhu.tenancy.api.TenantEntityManager;

/** The payout runs' side of cash hand-outs: conditional bulk updates in the run's transaction. */
@ApplicationScoped
public class JpaCashHandOuts implements CashHandOuts {

    @Inject
    TenantEntityManager entityManager;

    @Override
    public List<Object[]> confirmedUnscheduled(int limit) {
        return entityManager.get().createQuery("select d.id, d.memberId, d.memberName, d.amountFen from Delivery d "
                        + "where d.cashState = :confirmed and d.payoutRunId is null order by d.id", Object[].class)
                .setParameter("confirmed", CashState.CONFIRMED).setMaxResults(limit).getResultList();
    }

    @Override
    public int change(CashPayment change, long runId, Collection<Long> ids, LocalDate paidOn, String failureReason) {
        if (ids.isEmpty()) {
            return 0;
        }
        boolean schedule = change == CashPayment.SCHEDULE;
        String set = switch (change) {
            case SCHEDULE -> "d.payoutRunId = :run";
            case PAY -> "d.paidOn = :paidOn";
            case FAIL -> "d.failureReason = :reason";
            case RETRY -> "d.payoutRunId = null, d.failureReason = null";
        };
        Query q = entityManager.get().createQuery("update Delivery d set d.cashState = :to, " + set
                        + " where d.id in :ids and d.cashState = :from"
                        + (schedule ? " and d.payoutRunId is null" : " and d.payoutRunId = :run"))
                .setParameter("to", change.to()).setParameter("from", change.from()).setParameter("ids", ids)
                .setParameter("run", runId);
        if (change == CashPayment.PAY) {
            q.setParameter("paidOn", paidOn);
        }
        if (change == CashPayment.FAIL) {
            q.setParameter("reason", failureReason);
        }
        return q.executeUpdate();
    }
}
