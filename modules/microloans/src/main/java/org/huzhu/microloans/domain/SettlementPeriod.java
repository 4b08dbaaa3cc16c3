package org.huzhu.microloans.domain;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * The instalments a subsidy settles: those falling due from {@code from} to {@code to}, both included. A quarter
 * is named {@code 2026Q1}; the single settlement at payoff is named {@code PAYOFF}. The name is part of the
 * subsidy's unique key (one per loan and period), so a period is never settled twice.
 */
public record SettlementPeriod(String name, LocalDate from, LocalDate to) {

    public static final String PAYOFF = "PAYOFF";

    public SettlementPeriod {
        if (name == null || from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("a settlement period has a name and from <= to");
        }
    }

    /** The calendar quarter {@code 2026Q1} (case as written, Q upper or lower). */
    public static SettlementPeriod quarter(String name) {
        String n = name == null ? "" : name.strip().toUpperCase(java.util.Locale.ROOT);
        if (!n.matches("\\d{4}Q[1-4]")) {
            throw new IllegalArgumentException("a quarter is written like 2026Q1");
        }
        int year = Integer.parseInt(n.substring(0, 4));
        int q = n.charAt(5) - '0';
        LocalDate from = LocalDate.of(year, 3 * q - 2, 1);
        return new SettlementPeriod(n, from, from.plusMonths(3).minusDays(1));
    }

    public static SettlementPeriod quarterOf(LocalDate day) {
        return quarter(day.getYear() + "Q" + day.get(IsoFields.QUARTER_OF_YEAR));
    }

    /** The whole life of a loan, settled once after payoff. */
    public static SettlementPeriod payoff(RepaymentSchedule schedule) {
        return new SettlementPeriod(PAYOFF, schedule.terms().disbursedOn(),
                schedule.instalment(schedule.terms().months()).dueDate());
    }

    public boolean holds(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
