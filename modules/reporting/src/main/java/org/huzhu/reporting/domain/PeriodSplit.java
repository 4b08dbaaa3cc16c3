package org.huzhu.reporting.domain;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.huzhu.reporting.api.ReportPeriod;

/**
 * A period as the tables answer it fastest: the whole months inside it from the monthly table, the days before
 * the first and after the last whole month from the daily one. A year is twelve monthly cells, whatever its days.
 *
 * @param months the first days of the first and last whole month, if the period holds one
 * @param days   the ranges of days outside the whole months (none, one or two)
 */
public record PeriodSplit(Optional<ReportPeriod> months, List<ReportPeriod> days) {

    public static PeriodSplit of(ReportPeriod period) {
        LocalDate firstWhole = period.from().getDayOfMonth() == 1 ? period.from()
                : period.from().with(TemporalAdjusters.firstDayOfNextMonth());
        boolean lastIsWhole = period.to().equals(period.to().with(TemporalAdjusters.lastDayOfMonth()));
        LocalDate lastWholeStart = lastIsWhole ? period.to().withDayOfMonth(1)
                : period.to().withDayOfMonth(1).minusMonths(1);
        if (lastWholeStart.isBefore(firstWhole)) {
            return new PeriodSplit(Optional.empty(), List.of(period));
        }
        List<ReportPeriod> days = new ArrayList<>();
        if (period.from().isBefore(firstWhole)) {
            days.add(new ReportPeriod(period.from(), firstWhole.minusDays(1)));
        }
        LocalDate lastWholeEnd = lastWholeStart.with(TemporalAdjusters.lastDayOfMonth());
        if (period.to().isAfter(lastWholeEnd)) {
            days.add(new ReportPeriod(lastWholeEnd.plusDays(1), period.to()));
        }
        return new PeriodSplit(Optional.of(new ReportPeriod(firstWhole, lastWholeStart)), List.copyOf(days));
    }
}
