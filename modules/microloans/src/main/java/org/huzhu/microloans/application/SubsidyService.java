package org.huzhu.microloans.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.huzhu.microloans.api.SubsidySettlement;
import org.huzhu.microloans.api.SubsidyStatus;
import org.huzhu.microloans.api.SubsidyView;
import org.huzhu.microloans.domain.Loan;
import org.huzhu.microloans.domain.LoanSubsidy;
import org.huzhu.microloans.domain.RepaymentSchedule;
import org.huzhu.microloans.domain.Refusals;
import org.huzhu.microloans.domain.SettlementPeriod;
import org.huzhu.microloans.domain.SubsidyCalculator;
import org.huzhu.microloans.domain.SubsidyWorking;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.RetriedOnConflict;
import org.huzhu.tenancy.api.TenantEntityManager;

/**
 * Settles subsidies: for a quarter that has ended, every quarterly loan's subsidy from the instalments due in
 * it; for {@code PAYOFF}, every at-payoff loan repaid in full and not yet settled. One row per loan and period
 * (unique key): computing again replaces a figure nobody has approved yet and leaves approved ones alone. A
 * second person approves; the payout runs pay approved ones ({@link LoanSubsidySource}).
 * A change the database refuses for a conflict (a deadlock, or Galera's certification) is made again whole: all it
 * does is in the database.
 */
@ApplicationScoped
@RetriedOnConflict
public class SubsidyService {

    @Inject
    TenantEntityManager entityManager;

    @Inject
    LoanAccess access;

    @Inject
    LoanService loans;

    @Inject
    LoanAuditTrail audit;

    @Transactional
    public List<LoanSubsidy> settle(String periodName) {
        if (periodName == null || periodName.isBlank()) {
            throw Refusals.required("period");
        }
        boolean payoff = SettlementPeriod.PAYOFF.equalsIgnoreCase(periodName.strip());
        SettlementPeriod quarter = payoff ? null : quarter(periodName);
        if (quarter != null && !quarter.to().isBefore(LocalDate.now())) {
            throw Refused.conflict("microloans.refused.periodOpen", quarter.name(), quarter.to().toString());
        }
        List<LoanSubsidy> settled = new ArrayList<>();
        for (Loan loan : entityManager.get().createQuery("SELECT l FROM Loan l WHERE l.settlement = :s ORDER BY l.id",
                Loan.class).setParameter("s", payoff ? SubsidySettlement.AT_PAYOFF : SubsidySettlement.QUARTERLY)
                .getResultList()) {
            settleOne(loan, quarter).ifPresent(settled::add);
        }
        return settled;
    }

    private Optional<LoanSubsidy> settleOne(Loan loan, SettlementPeriod quarter) {
        RepaymentSchedule schedule = loans.schedule(loan);
        var payments = loans.payments(loan.id());
        if (quarter == null && !SubsidyCalculator.repaid(schedule, payments)) {
            return Optional.empty();
        }
        SettlementPeriod period = quarter == null ? SettlementPeriod.payoff(schedule) : quarter;
        SubsidyWorking working = SubsidyCalculator.compute(schedule, payments, loan.conditions(), period);
        if (working.lines().isEmpty()) {
            return Optional.empty();
        }
        String stored = WorkingText.write(working);
        LoanSubsidy s = find(loan.id(), period.name()).orElse(null);
        LocalDateTime now = LocalDateTime.now();
        if (s == null) {
            s = new LoanSubsidy(loan.id(), loan.memberId(), loan.orgPath(), period, working.subsidyFen(), stored,
                    access.actor(), now);
            entityManager.get().persist(s);
            entityManager.get().flush();
        } else if (s.status() == SubsidyStatus.COMPUTED || s.status() == SubsidyStatus.NOTHING_OWED) {
            s.recompute(working.subsidyFen(), stored, access.actor(), now);
        } else {
            return Optional.of(s);
        }
        audit.record(LoanAuditTrail.SUBSIDY, s.id(), "SUBSIDY_COMPUTED", access.actor(), null, s.status(),
                loan.contractNo(), period.name(), Refusals.yuan(s.amountFen()));
        return Optional.of(s);
    }

    @Transactional
    public LoanSubsidy approve(long id) {
        LoanSubsidy s = require(id);
        var before = s.status();
        s.approve(access.actor(), LocalDateTime.now());
        audit.record(LoanAuditTrail.SUBSIDY, s.id(), "SUBSIDY_APPROVED", access.actor(), before, s.status(),
                s.periodName(), Refusals.yuan(s.amountFen()));
        return s;
    }

    @Transactional
    public LoanSubsidy retry(long id) {
        LoanSubsidy s = require(id);
        var before = s.status();
        s.retry();
        audit.record(LoanAuditTrail.SUBSIDY, s.id(), "PAYMENT_RETRY", access.actor(), before, s.status());
        return s;
    }

    public LoanSubsidy require(long id) {
        LoanSubsidy s = entityManager.get().find(LoanSubsidy.class, id);
        if (s == null || !access.sees(s.memberId(), s.orgPath())) {
            throw Refused.notFound("microloans.refused.noSubsidy", String.valueOf(id));
        }
        return s;
    }

    public List<LoanSubsidy> list(String periodName, int limit) {
        var query = entityManager.get().createQuery("SELECT s FROM LoanSubsidy s WHERE s.orgPath LIKE :p"
                + (periodName == null ? "" : " AND s.periodName = :n") + " ORDER BY s.id DESC", LoanSubsidy.class)
                .setParameter("p", access.scope().likePattern());
        if (periodName != null) {
            query.setParameter("n", periodName.strip().toUpperCase(java.util.Locale.ROOT));
        }
        return query.setMaxResults(limit).getResultList();
    }

    public Optional<LoanSubsidy> find(long loanId, String periodName) {
        return entityManager.get().createQuery("SELECT s FROM LoanSubsidy s WHERE s.loanId = :l AND s.periodName = :n",
                LoanSubsidy.class).setParameter("l", loanId).setParameter("n", periodName).getResultStream().findFirst();
    }

    public SubsidyView view(LoanSubsidy s) {
        Loan loan = entityManager.get().find(Loan.class, s.loanId());
        return new SubsidyView(s.id(), s.loanId(), loan == null ? null : loan.contractNo(), s.periodName(),
                s.periodFrom(), s.periodTo(), s.amountFen(), s.status(), s.computedBy(), s.approvedBy(), s.runId(),
                s.paidOn(), s.failureReason(), WorkingText.read(s.working()));
    }

    private static SettlementPeriod quarter(String name) {
        try {
            return SettlementPeriod.quarter(name);
        } catch (IllegalArgumentException e) {
            throw Refused.badInput("period", "microloans.refused.period");
        }
    }

}
