package org.huzhu.microloans.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.huzhu.microloans.api.InstalmentView;
import org.huzhu.microloans.api.LoanView;
import org.huzhu.microloans.domain.InstalmentPayment;
import org.huzhu.microloans.domain.Loan;
import org.huzhu.microloans.domain.LoanRepayment;
import org.huzhu.microloans.domain.LoanStanding;
import org.huzhu.microloans.domain.RepaymentSchedule;
import org.huzhu.microloans.domain.Refusals;
import org.huzhu.microloans.domain.SubsidyCalculator;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.RetriedOnConflict;
import org.huzhu.tenancy.api.TenantEntityManager;

/**
 * Loans: their schedules and standing, repayments entered by hand, extension and business stop.
 * A change the database refuses for a conflict (a deadlock, or Galera's certification) is made again whole: all it
 * does is in the database.
 */
@ApplicationScoped
@RetriedOnConflict
public class LoanService {

    @Inject
    TenantEntityManager entityManager;

    @Inject
    LoanAccess access;

    @Inject
    LoanProductService products;

    @Inject
    LoanAuditTrail audit;

    public Loan require(long id) {
        Loan loan = entityManager.get().find(Loan.class, id);
        if (loan == null || !access.sees(loan.memberId(), loan.orgPath())) {
            throw Refused.notFound("microloans.refused.noLoan", String.valueOf(id));
        }
        return loan;
    }

    public List<Loan> list(int limit) {
        if (access.isMember()) {
            return entityManager.get().createQuery("SELECT l FROM Loan l WHERE l.memberId = :m ORDER BY l.id DESC",
                    Loan.class).setParameter("m", access.selfId()).setMaxResults(limit).getResultList();
        }
        return entityManager.get().createQuery("SELECT l FROM Loan l WHERE l.orgPath LIKE :p ORDER BY l.id DESC",
                Loan.class).setParameter("p", access.scope().likePattern()).setMaxResults(limit).getResultList();
    }

    public RepaymentSchedule schedule(Loan loan) {
        return RepaymentSchedule.of(loan.terms(), loan.borrowerRate(), products.history(loan.referenceRate()));
    }

    public List<InstalmentPayment> payments(long loanId) {
        return payments(entityManager.get(), loanId);
    }

    /** A loan's payments through a given entity manager (headquarters reads each city's). */
    static List<InstalmentPayment> payments(EntityManager em, long loanId) {
        return em.createQuery("SELECT r FROM LoanRepayment r WHERE r.loanId = :l ORDER BY r.id",
                LoanRepayment.class).setParameter("l", loanId).getResultList().stream()
                .map(LoanRepayment::payment).toList();
    }

    public LoanView view(Loan loan) {
        RepaymentSchedule schedule = schedule(loan);
        List<InstalmentView> rows = LoanStanding.of(schedule, payments(loan.id()), LocalDate.now()).stream()
                .map(LoanService::row).toList();
        return new LoanView(loan.id(), loan.applicationId(), loan.memberId(), loan.productCode(), loan.contractNo(),
                loan.borrowerName(), loan.amountFen(), loan.months(), loan.bankPercent(), loan.method(),
                loan.settlement(), loan.disbursedOn(), loan.extendedOn(), loan.stoppedOn(), loan.accountMasked(),
                loan.status(), schedule.totalInterestFen(), schedule.totalSubsidisedFen(),
                (int) rows.stream().filter(InstalmentView::overdue).count(), rows);
    }

    private static InstalmentView row(LoanStanding.Row r) {
        var i = r.instalment();
        return new InstalmentView(i.number(), i.periodStart(), i.dueDate(), i.principalFen(), i.interestFen(),
                i.borrowerInterestFen(), i.subsidisedInterestFen(), i.balanceAfterFen(), i.borrowerPercent(),
                r.paidFen(), r.penaltyFen(), r.paidInFullOn(), r.overdue(), r.daysOverdue());
    }

    /** A repayment entered by hand (the bank's receipt); its reference, when given, keeps it from being entered twice. */
    @Transactional
    public Loan recordRepayment(long loanId, InstalmentPayment payment, String reference) {
        Loan loan = require(loanId);
        requirePlausible(loan, payment);
        String ref = reference == null || reference.isBlank() ? "HAND-" + System.nanoTime() : reference.strip();
        if (ref.length() > 64) {
            throw Refused.badInput("reference", "microloans.refused.tooLong", 64);
        }
        boolean seen = !entityManager.get().createQuery("SELECT r.id FROM LoanRepayment r WHERE r.loanId = :l "
                + "AND r.reference = :r", Long.class).setParameter("l", loanId).setParameter("r", ref)
                .getResultList().isEmpty();
        if (seen) {
            throw Refused.conflict("microloans.refused.repaymentRecorded", ref);
        }
        store(loan, payment, "HAND", ref);
        return loan;
    }

    void requirePlausible(Loan loan, InstalmentPayment p) {
        if (p.instalment() > loan.months()) {
            throw Refused.badInput("instalment", "microloans.refused.instalment", loan.months());
        }
        if (p.paidOn().isBefore(loan.disbursedOn())) {
            throw Refused.badInput("paidOn", "microloans.refused.beforeDisbursement", loan.disbursedOn().toString());
        }
        if (p.paidOn().isAfter(LocalDate.now())) {
            throw Refused.badInput("paidOn", "microloans.refused.future");
        }
    }

    void store(Loan loan, InstalmentPayment p, String source, String reference) {
        entityManager.get().persist(new LoanRepayment(loan.id(), p, source, reference, access.actor(),
                LocalDateTime.now()));
        entityManager.get().flush();
        audit.record(LoanAuditTrail.LOAN, loan.id(), "REPAYMENT", access.actor(), loan.status(), loan.status(),
                p.instalment(), p.paidOn(), Refusals.yuan(p.principalFen()), Refusals.yuan(p.interestFen()),
                Refusals.yuan(p.penaltyFen()), source);
        loan.repaid(SubsidyCalculator.repaid(schedule(loan), payments(loan.id())));
    }

    @Transactional
    public Loan extend(long loanId, LocalDate on) {
        Loan loan = require(loanId);
        loan.extend(on);
        audit.record(LoanAuditTrail.LOAN, loan.id(), "EXTENDED", access.actor(), loan.status(), loan.status(), on);
        return loan;
    }

    @Transactional
    public Loan stop(long loanId, LocalDate on) {
        Loan loan = require(loanId);
        loan.stop(on);
        audit.record(LoanAuditTrail.LOAN, loan.id(), "BUSINESS_STOPPED", access.actor(), loan.status(),
                loan.status(), on);
        return loan;
    }
}
