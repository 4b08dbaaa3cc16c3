package org.huzhu.reporting.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.huzhu.reporting.api.ReportPeriod;

/**
 * A period as the tables answer it with the fewest rows: whole months from the monthly table, and each partial
 * month at either end either by its own days from the daily table or, when fewer, as the whole month less the days
 * outside the period (a month's row is always the sum of its days: both are written in one transaction). A year is
 * twelve monthly cells; the year to date on the 29th of November is eleven months less one day, not 29 days.
 *
 * @param months the first days of the first and last month read whole, if any
 * @param days   ranges of days added (none, one or two)
 * @param less   ranges of days taken away from the months read whole (none, one or two)
 */
public record PeriodSplit(Optional<ReportPeriod> months, List<ReportPeriod> days, List<ReportPeriod> less) {

    public static PeriodSplit of(ReportPeriod period) {
        LocalDate firstMonth = null;
        LocalDate lastMonth = null;
        List<ReportPeriod> days = new ArrayList<>();
        List<ReportPeriod> less = new ArrayList<>();
        for (YearMonth m = YearMonth.from(period.from()); !m.isAfter(YearMonth.from(period.to())); m = m.plusMonths(1)) {
            LocalDate start = m.atDay(1);
            LocalDate end = m.atEndOfMonth();
            LocalDate from = max(period.from(), start);
            LocalDate to = min(period.to(), end);
            long inside = to.toEpochDay() - from.toEpochDay() + 1;
            if (inside * 2 <= m.lengthOfMonth()) {
                add(days, new ReportPeriod(from, to));
                continue;
            }
            firstMonth = firstMonth == null ? start : firstMonth;
            lastMonth = start;
            if (from.isAfter(start)) {
                less.add(new ReportPeriod(start, from.minusDays(1)));
            }
            if (to.isBefore(end)) {
                less.add(new ReportPeriod(to.plusDays(1), end));
            }
        }
        Optional<ReportPeriod> months = firstMonth == null ? Optional.empty()
                : Optional.of(new ReportPeriod(firstMonth, lastMonth));
        return new PeriodSplit(months, List.copyOf(days), List.copyOf(less));
    }

    /** Adds a range of days, joined to the previous one when they touch (fewer reads). */
    private static void add(List<ReportPeriod> days, ReportPeriod range) {
        int last = days.size() - 1;
        if (last >= 0 && days.get(last).to().plusDays(1).equals(range.from())) {
            days.set(last, new ReportPeriod(days.get(last).from(), range.to()));
        } else {
            days.add(range);
        }
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
