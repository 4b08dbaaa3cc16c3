package org.huzhu.microloans.application;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.huzhu.microloans.api.ApplicationStatus;
import org.huzhu.microloans.api.LoanDashboard;
import org.huzhu.microloans.api.LoanStatus;
import org.huzhu.microloans.api.SubsidyStatus;
import org.huzhu.microloans.domain.Loan;
import org.huzhu.microloans.domain.LoanApplication;
import org.huzhu.microloans.domain.LoanStanding;
import org.huzhu.microloans.domain.LoanSubsidy;
import org.huzhu.microloans.domain.RepaymentSchedule;

/**
 * The dashboard's figures counted through one entity manager: the office's own (bound to its tenant, within the
 * caller's subtree) or, for headquarters, each city's in turn through the entity manager headquarters' reader
 * binds to it. Counted in memory from the two years' applications: a city files about a hundred a year (Beijing
 * 2018: 116), so one read beats a dozen grouped queries.
 */
final class LoanFigureReader {

    private final EntityManager em;
    private final LocalDate today;

    LoanFigureReader(EntityManager em, LocalDate today) {
        this.em = em;
        this.today = today;
    }

    LoanDashboard figures(String orgPathPattern, int year) {
        List<LoanApplication> apps = em.createQuery("SELECT a FROM LoanApplication a WHERE "
                        + "a.orgPath LIKE :p AND a.filedAt >= :from AND a.filedAt < :to", LoanApplication.class)
                .setParameter("p", orgPathPattern)
                .setParameter("from", LocalDate.of(year - 1, 1, 1).atStartOfDay())
                .setParameter("to", LocalDate.of(year + 1, 1, 1).atStartOfDay()).getResultList();
        Map<Long, Loan> loansById = new java.util.HashMap<>();
        for (Loan l : em.createQuery("SELECT l FROM Loan l WHERE l.orgPath LIKE :p", Loan.class)
                .setParameter("p", orgPathPattern).getResultList()) {
            loansById.put(l.id(), l);
        }
        List<LoanDashboard.StageFigure> stages = new ArrayList<>();
        stage(stages, "APPLIED", apps, year, a -> true);
        stage(stages, "INVESTIGATED", apps, year, a -> a.investigatedOn() != null);
        stage(stages, "GUARANTEED", apps, year, a -> a.guarantor() != null
                && a.status() != ApplicationStatus.GUARANTEE_DECLINED);
        stage(stages, "BANK_APPROVED", apps, year, a -> a.approvedOn() != null);
        stage(stages, "DISBURSED", apps, year, a -> a.loanId() != null);
        stage(stages, "REPAID", apps, year, a -> a.loanId() != null && loansById.containsKey(a.loanId())
                && loansById.get(a.loanId()).status() == LoanStatus.REPAID);
        stage(stages, "OVERDUE", apps, year, a -> a.loanId() != null && loansById.containsKey(a.loanId())
                && overdue(loansById.get(a.loanId())));
        List<LoanApplication> thisYear = apps.stream().filter(a -> a.filedAt().getYear() == year).toList();
        long paid = 0;
        long committed = 0;
        for (LoanSubsidy s : em.createQuery("SELECT s FROM LoanSubsidy s WHERE s.orgPath LIKE :p",
                LoanSubsidy.class).setParameter("p", orgPathPattern).getResultList()) {
            if (s.status() == SubsidyStatus.PAID) {
                paid += s.amountFen();
            } else if (s.status() != SubsidyStatus.NOTHING_OWED) {
                committed += s.amountFen();
            }
        }
        return new LoanDashboard(year, stages, places(thisYear, LoanApplication::district),
                places(thisYear, LoanApplication::park), paid, committed);
    }

    /** Whether an instalment is overdue today: the schedule from the loan's terms and its rate's history. */
    private boolean overdue(Loan loan) {
        RepaymentSchedule schedule = RepaymentSchedule.of(loan.terms(), loan.borrowerRate(),
                LoanProductService.history(em, loan.referenceRate()));
        var payments = LoanService.payments(em, loan.id());
        return LoanStanding.of(schedule, payments, today).stream().anyMatch(LoanStanding.Row::overdue);
    }

    private static void stage(List<LoanDashboard.StageFigure> out, String name, List<LoanApplication> apps, int year,
                              Predicate<LoanApplication> reached) {
        long count = 0;
        long fen = 0;
        long lastCount = 0;
        long lastFen = 0;
        for (LoanApplication a : apps) {
            if (reached.test(a)) {
                long amount = a.approvedAmountFen() != null ? a.approvedAmountFen() : a.amountFen();
                if (year(a.filedAt()) == year) {
                    count++;
                    fen += amount;
                } else {
                    lastCount++;
                    lastFen += amount;
                }
            }
        }
        out.add(new LoanDashboard.StageFigure(name, count, fen, lastCount, lastFen));
    }

    private static int year(LocalDateTime at) {
        return at.getYear();
    }

    private static List<LoanDashboard.PlaceFigure> places(List<LoanApplication> apps,
                                                          Function<LoanApplication, String> place) {
        Map<String, long[]> byPlace = new TreeMap<>();
        for (LoanApplication a : apps) {
            String key = place.apply(a) == null || place.apply(a).isBlank() ? "-" : place.apply(a);
            long[] figures = byPlace.computeIfAbsent(key, k -> new long[2]);
            figures[0]++;
            figures[1] += a.amountFen();
        }
        return byPlace.entrySet().stream()
                .map(e -> new LoanDashboard.PlaceFigure(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }
}
