package org.huzhu.microloans.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Each instalment of a loan as of a day: what was paid, when it was paid in full, and how many days it is (or
 * was) overdue. An instalment not paid in full after its due day is overdue by the days since.
 */
public final class LoanStanding {

    /** One instalment's standing; {@code daysOverdue} 0 when paid on time or not yet due. */
    public record Row(Instalment instalment, long paidFen, long penaltyFen, LocalDate paidInFullOn,
                      boolean overdue, long daysOverdue) {
    }

    private LoanStanding() {
    }

    public static List<Row> of(RepaymentSchedule schedule, List<InstalmentPayment> payments, LocalDate today) {
        return schedule.instalments().stream().map(i -> row(i, payments.stream()
                .filter(p -> p.instalment() == i.number()).toList(), today)).toList();
    }

    private static Row row(Instalment due, List<InstalmentPayment> paid, LocalDate today) {
        long paidFen = paid.stream().mapToLong(p -> p.principalFen() + p.interestFen()).sum();
        long penalty = paid.stream().mapToLong(InstalmentPayment::penaltyFen).sum();
        Optional<LocalDate> inFull = SubsidyCalculator.paidInFullOn(due, paid);
        LocalDate settledOrToday = inFull.orElse(today);
        long late = Math.max(0, ChronoUnit.DAYS.between(due.dueDate(), settledOrToday));
        boolean overdue = inFull.isEmpty() && today.isAfter(due.dueDate());
        return new Row(due, paidFen, penalty, inFull.orElse(null), overdue, late);
    }
}
