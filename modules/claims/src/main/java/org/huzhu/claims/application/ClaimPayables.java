package org.huzhu.claims.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.huzhu.claims.api.AuditEntry;
import org.huzhu.claims.api.ClaimsPaid;
import org.huzhu.claims.api.ClaimStatus;
import org.huzhu.payouts.api.Payable;
import org.huzhu.payouts.api.PayableKind;
import org.huzhu.payouts.api.PayableSource;
import org.huzhu.claims.domain.ClaimPhrases;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.api.TenantEntityManager;

/**
 * Claims' side of payout runs: the approved claims are the payables of kind {@link PayableKind#CLAIM}. Every
 * change is a conditional update (only a claim still in the expected state and run changes), made in the payout
 * run's transaction with its audit lines (SCHEDULED, PAID, PAYMENT_FAILED), so a run retried or resumed after a
 * crash takes and pays each claim once.
 */
@ApplicationScoped
public class ClaimPayables implements PayableSource {

    /**
     * The four fields a payment needs, not whole claims: a run of a million claims would otherwise fill the job's
     * persistence context with every claim and its explanation.
     */
    private static final String PAYABLE = "select c.id, c.memberId, c.memberName, c.approvedFen from Claim c where ";

    @Inject
    TenantEntityManager entityManager;

    @Inject
    AuditTrail audit;

    @Inject
    TenantContext context;

    /** Observed synchronously in this transaction by read models (reporting). */
    @Inject
    Event<ClaimsPaid> paid;

    @Override
    public PayableKind kind() {
        return PayableKind.CLAIM;
    }

    /** Oldest due date first. */
    @Override
    public List<Payable> approvedUnscheduled(int limit) {
        return entityManager.get().createQuery(PAYABLE + "c.status = :approved and c.payoutRunId is null "
                        + "order by c.dueDate, c.id", Object[].class)
                .setParameter("approved", ClaimStatus.APPROVED).setMaxResults(limit).getResultList().stream()
                .map(ClaimPayables::payable).toList();
    }

    @Override
    public void schedule(long runId, List<Payable> claims, String actor) {
        if (claims.isEmpty()) {
            return;
        }
        List<Long> ids = claims.stream().map(Payable::sourceId).toList();
        int changed = entityManager.get().createQuery("update Claim c set c.status = :scheduled, c.payoutRunId = :run, "
                        + "c.version = c.version + 1 where c.id in :ids and c.status = :approved and c.payoutRunId is null")
                .setParameter("scheduled", ClaimStatus.SCHEDULED).setParameter("run", runId).setParameter("ids", ids)
                .setParameter("approved", ClaimStatus.APPROVED).executeUpdate();
        if (changed != ids.size()) {
            throw new IllegalStateException("claims changed while run " + runId + " took them; the chunk is retried");
        }
        audit.record(claims.stream().map(c -> new AuditTrail.Line(AuditEntry.CLAIM, c.sourceId(), "SCHEDULED", actor,
                ClaimStatus.APPROVED.name(), ClaimStatus.SCHEDULED.name(), c.amountFen(), c.amountFen(),
                ClaimPhrases.of(ClaimPhrases.IN_RUN, runId))).toList());
    }

    @Override
    public int markPaid(long runId, Collection<Long> claimIds, LocalDate paidOn, String actor) {
        if (claimIds.isEmpty()) {
            return 0;
        }
        List<Object[]> taken = entityManager.get().createQuery("select c.id, c.approvedFen, c.planCode, c.agencyId, "
                        + "c.filedOn, c.dueDate from Claim c where c.id in :ids "
                        + "and c.status = :scheduled and c.payoutRunId = :run", Object[].class)
                .setParameter("ids", claimIds).setParameter("scheduled", ClaimStatus.SCHEDULED)
                .setParameter("run", runId).getResultList();
        if (taken.isEmpty()) {
            return 0;
        }
        List<Long> ids = new ArrayList<>(taken.stream().map(r -> (Long) r[0]).toList());
        int changed = entityManager.get().createQuery("update Claim c set c.status = :paid, c.paidOn = :on, "
                        + "c.version = c.version + 1 where c.id in :ids and c.status = :scheduled and c.payoutRunId = :run")
                .setParameter("paid", ClaimStatus.PAID).setParameter("on", paidOn).setParameter("ids", ids)
                .setParameter("scheduled", ClaimStatus.SCHEDULED).setParameter("run", runId).executeUpdate();
        audit.record(taken.stream().map(r -> new AuditTrail.Line(AuditEntry.CLAIM, (Long) r[0], "PAID", actor,
                ClaimStatus.SCHEDULED.name(), ClaimStatus.PAID.name(), (Long) r[1], (Long) r[1],
                ClaimPhrases.of(ClaimPhrases.PAID_IN_RUN, runId, paidOn))).toList());
        paid.fire(new ClaimsPaid(context.tenant(), taken.stream().map(r -> new ClaimsPaid.Line(paidOn, (String) r[2],
                (Long) r[3], (LocalDate) r[4], (LocalDate) r[5], (Long) r[1])).toList()));
        return changed;
    }

    @Override
    public int markFailed(long runId, long claimId, String reason, String actor) {
        Long amount = entityManager.get().createQuery("select c.approvedFen from Claim c where c.id = :id "
                        + "and c.status = :scheduled and c.payoutRunId = :run", Long.class)
                .setParameter("id", claimId).setParameter("scheduled", ClaimStatus.SCHEDULED)
                .setParameter("run", runId).getResultStream().findFirst().orElse(null);
        if (amount == null) {
            return 0;
        }
        int changed = entityManager.get().createQuery("update Claim c set c.status = :failed, c.paymentFailure = :reason, "
                        + "c.version = c.version + 1 where c.id = :id and c.status = :scheduled and c.payoutRunId = :run")
                .setParameter("failed", ClaimStatus.PAYMENT_FAILED).setParameter("reason", reason)
                .setParameter("id", claimId).setParameter("scheduled", ClaimStatus.SCHEDULED)
                .setParameter("run", runId).executeUpdate();
        audit.record(new AuditTrail.Line(AuditEntry.CLAIM, claimId, "PAYMENT_FAILED", actor,
                ClaimStatus.SCHEDULED.name(), ClaimStatus.PAYMENT_FAILED.name(), amount, amount,
                ClaimPhrases.of(ClaimPhrases.FAILED_IN_RUN, runId, reason)));
        return changed;
    }

    private static Payable payable(Object[] row) {
        return new Payable(PayableKind.CLAIM, (Long) row[0], (Long) row[1], (String) row[2], (Long) row[3]);
    }
}
