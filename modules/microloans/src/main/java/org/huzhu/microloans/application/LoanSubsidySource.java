package org.huzhu.microloans.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.huzhu.kernel.pii.PersonalDataProtector;
import org.huzhu.microloans.api.SubsidyStatus;
import org.huzhu.microloans.domain.Loan;
import org.huzhu.microloans.domain.LoanSubsidy;
import org.huzhu.payouts.api.Payable;
import org.huzhu.payouts.api.PayableKind;
import org.huzhu.payouts.api.PayableSource;
import org.huzhu.tenancy.api.TenantEntityManager;

/**
 * Approved loan subsidies for the payout runs, paid to the borrower's account (an enterprise's account, not a
 * member card: decrypted only when the bank file is written). Every change goes through the subsidy's own
 * conditional methods ({@link LoanSubsidy#schedule} and the others), so a run retried after a crash takes and
 * pays nothing twice; the entity's version guards two runs racing for the same subsidy.
 */
@ApplicationScoped
public class LoanSubsidySource implements PayableSource {

    @Inject
    TenantEntityManager entityManager;

    @Inject
    PersonalDataProtector protector;

    @Inject
    LoanAuditTrail audit;

    @Override
    public PayableKind kind() {
        return PayableKind.LOAN_SUBSIDY;
    }

    @Override
    public List<Payable> approvedUnscheduled(int limit) {
        return entityManager.get().createQuery("SELECT s FROM LoanSubsidy s WHERE s.status = :a ORDER BY s.id",
                        LoanSubsidy.class).setParameter("a", SubsidyStatus.APPROVED).setMaxResults(limit)
                .getResultList().stream().map(s -> new Payable(PayableKind.LOAN_SUBSIDY, s.id(), s.memberId(),
                        loan(s).accountHolder(), s.amountFen())).toList();
    }

    @Override
    public void schedule(long runId, List<Payable> payables, String actor) {
        List<LoanSubsidy> found = subsidies(payables.stream().map(Payable::sourceId).toList());
        if (found.size() != payables.size()) {
            throw new IllegalStateException("a subsidy of the chunk is gone");
        }
        for (LoanSubsidy s : found) {
            if (!s.schedule(runId)) {
                throw new IllegalStateException("subsidy " + s.id() + " was taken meanwhile (" + s.status() + ")");
            }
            audit.record(LoanAuditTrail.SUBSIDY, s.id(), "SCHEDULED", actor, SubsidyStatus.APPROVED, s.status(), runId);
        }
        entityManager.get().flush();
    }

    @Override
    public int markPaid(long runId, Collection<Long> sourceIds, LocalDate paidOn, String actor) {
        int changed = 0;
        for (LoanSubsidy s : subsidies(sourceIds)) {
            if (s.markPaid(runId, paidOn)) {
                audit.record(LoanAuditTrail.SUBSIDY, s.id(), "PAID", actor, SubsidyStatus.SCHEDULED, s.status(),
                        runId, paidOn);
                changed++;
            }
        }
        return changed;
    }

    @Override
    public int markFailed(long runId, long sourceId, String reason, String actor) {
        for (LoanSubsidy s : subsidies(List.of(sourceId))) {
            if (s.markFailed(runId, reason)) {
                audit.record(LoanAuditTrail.SUBSIDY, s.id(), "PAYMENT_FAILED", actor, SubsidyStatus.SCHEDULED,
                        s.status(), runId, reason);
                return 1;
            }
        }
        return 0;
    }

    @Override
    public Optional<String> payeeAccount(long sourceId) {
        LoanSubsidy s = entityManager.get().find(LoanSubsidy.class, sourceId);
        return s == null ? Optional.empty() : Optional.of(protector.decrypt(loan(s).accountCipher()));
    }

    private List<LoanSubsidy> subsidies(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return entityManager.get().createQuery("SELECT s FROM LoanSubsidy s WHERE s.id IN :ids ORDER BY s.id",
                LoanSubsidy.class).setParameter("ids", ids).getResultList();
    }

    private Loan loan(LoanSubsidy s) {
        return entityManager.get().find(Loan.class, s.loanId());
    }
}
