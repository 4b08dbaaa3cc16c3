package org.huzhu.campaigns.domain.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.TreeSet;
import org.huzhu.campaigns.api.event.Recurrence;
import org.huzhu.tenancy.api.Refused;

/**
 * Expands an event's recurrence to its dates: the listed dates (sorted, each once), or the monthly rule, e.g. the
 * third Thursday of each month from April to November (clerk training: eight dates a year).
 */
public final class RecurrenceRule {

    static final int MAX_DATES = 100;

    private RecurrenceRule() {
    }

    public static List<LocalDate> dates(Recurrence r) {
        if (r == null) {
            throw Refused.badInput("recurrence", "campaigns.event.refused.recurrence");
        }
        if (r.dates() != null && !r.dates().isEmpty()) {
            if (r.dates().size() > MAX_DATES || r.dates().stream().anyMatch(java.util.Objects::isNull)) {
                throw Refused.badInput("recurrence.dates", "campaigns.event.refused.dates", MAX_DATES);
            }
            return List.copyOf(new TreeSet<>(r.dates()));
        }
        check(r);
        return monthly(r.ordinal(), r.dayOfWeek(), r.fromMonth(), r.toMonth(), r.year());
    }

    /** The {@code ordinal} (1-4, -1 the last) {@code day} of each month from..to of {@code year}. */
    public static List<LocalDate> monthly(int ordinal, DayOfWeek day, int fromMonth, int toMonth, int year) {
        return java.util.stream.IntStream.rangeClosed(fromMonth, toMonth).mapToObj(m -> YearMonth.of(year, m).atDay(1))
                .map(first -> first.with(ordinal == -1 ? TemporalAdjusters.lastInMonth(day)
                        : TemporalAdjusters.dayOfWeekInMonth(ordinal, day)))
                .toList();
    }

    /** The rule as stored with the event (codes, translated when shown), or null for listed dates. */
    public static String text(Recurrence r) {
        if (r.dates() != null && !r.dates().isEmpty()) {
            return null;
        }
        return "MONTHLY;" + r.ordinal() + ";" + r.dayOfWeek() + ";" + r.fromMonth() + ";" + r.toMonth() + ";" + r.year();
    }

    private static void check(Recurrence r) {
        if (r.ordinal() == null || !(r.ordinal() == -1 || (r.ordinal() >= 1 && r.ordinal() <= 4))) {
            throw Refused.badInput("recurrence.ordinal", "campaigns.event.refused.ordinal");
        }
        if (r.dayOfWeek() == null) {
            throw Refused.badInput("recurrence.dayOfWeek", "campaigns.event.refused.recurrence");
        }
        if (r.year() == null || r.year() < 2000 || r.year() > 2100) {
            throw Refused.badInput("recurrence.year", "campaigns.event.refused.range", 2000, 2100);
        }
        if (r.fromMonth() == null || r.toMonth() == null || r.fromMonth() < 1 || r.toMonth() > 12
                || r.fromMonth() > r.toMonth()) {
            throw Refused.badInput("recurrence.fromMonth", "campaigns.event.refused.months");
        }
    }
}
