package org.huzhu.microloans.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The subsidy one loan earns in one settlement period, from its schedule (the split at the rates in force each
 * period) and the payments the bank received. Only an instalment paid in full by its due day earns its
 * subsidised interest; late, unpaid and penalty interest earn nothing, nor do instalments of an extended loan,
 * after the business stopped, or beyond the product's subsidised months.
 */
public final class SubsidyCalculator {

    private SubsidyCalculator() {
    }

    public static SubsidyWorking compute(RepaymentSchedule schedule, List<InstalmentPayment> payments,
                                         SubsidyConditions conditions, SettlementPeriod period) {
        List<SubsidyWorking.Line> lines = new ArrayList<>();
        for (Instalment due : schedule.instalments()) {
            if (period.holds(due.dueDate())) {
                lines.add(line(due, paymentsFor(payments, due.number()), conditions));
            }
        }
        return new SubsidyWorking(period, lines);
    }

    private static SubsidyWorking.Line line(Instalment due, List<InstalmentPayment> paid, SubsidyConditions c) {
        long paidFen = paid.stream().mapToLong(p -> p.principalFen() + p.interestFen()).sum();
        long penalty = paid.stream().mapToLong(InstalmentPayment::penaltyFen).sum();
        Optional<LocalDate> inFullOn = paidInFullOn(due, paid);
        SubsidyOutcome outcome = outcome(due, inFullOn, c);
        return new SubsidyWorking.Line(due.number(), due.dueDate(), due.dueFen(), paidFen, inFullOn.orElse(null),
                due.interestFen(), due.borrowerInterestFen(), due.subsidisedInterestFen(), penalty, outcome,
                outcome.paysSubsidy() ? due.subsidisedInterestFen() : 0);
    }

    static SubsidyOutcome outcome(Instalment due, Optional<LocalDate> inFullOn, SubsidyConditions c) {
        if (c.extendedOn() != null && !due.dueDate().isBefore(c.extendedOn())) {
            return SubsidyOutcome.EXTENDED;
        }
        if (c.stoppedOn() != null && due.dueDate().isAfter(c.stoppedOn())) {
            return SubsidyOutcome.BUSINESS_STOPPED;
        }
        if (c.subsidyMonths() != null && due.number() > c.subsidyMonths()) {
            return SubsidyOutcome.BEYOND_SUBSIDY_TERM;
        }
        if (inFullOn.isEmpty()) {
            return SubsidyOutcome.UNPAID;
        }
        if (inFullOn.get().isAfter(due.dueDate())) {
            return SubsidyOutcome.LATE;
        }
        return due.subsidisedInterestFen() == 0 ? SubsidyOutcome.NOTHING_SUBSIDISED : SubsidyOutcome.ON_TIME;
    }

    /** The day the instalment's principal and interest were both covered, payments taken in day order. */
    static Optional<LocalDate> paidInFullOn(Instalment due, List<InstalmentPayment> paid) {
        long principal = 0;
        long interest = 0;
        for (InstalmentPayment p : paid.stream()
                .sorted(java.util.Comparator.comparing(InstalmentPayment::paidOn)).toList()) {
            principal += p.principalFen();
            interest += p.interestFen();
            if (principal >= due.principalFen() && interest >= due.interestFen()) {
                return Optional.of(p.paidOn());
            }
        }
        return Optional.empty();
    }

    private static List<InstalmentPayment> paymentsFor(List<InstalmentPayment> payments, int number) {
        return payments.stream().filter(p -> p.instalment() == number).toList();
    }

    /** Whether every instalment is paid in full (the loan is repaid: the payoff settlement may be made). */
    public static boolean repaid(RepaymentSchedule schedule, List<InstalmentPayment> payments) {
        return schedule.instalments().stream()
                .allMatch(i -> paidInFullOn(i, paymentsFor(payments, i.number())).isPresent());
    }
}
