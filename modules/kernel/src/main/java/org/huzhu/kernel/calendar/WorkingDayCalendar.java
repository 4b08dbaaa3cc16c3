package org.huzhu.kernel.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Working days by the official calendar: Monday to Friday, less public holidays, plus the weekend days
 * declared working days (调休). SLA due dates are counted in these days.
 */
public final class WorkingDayCalendar {

    private final Map<LocalDate, CalendarDay.Kind> exceptions;

    private WorkingDayCalendar(Map<LocalDate, CalendarDay.Kind> exceptions) {
        this.exceptions = exceptions;
    }

    /** Days given later override earlier ones, so tenant days can follow the national ones. */
    public static WorkingDayCalendar of(Collection<CalendarDay> days) {
        Map<LocalDate, CalendarDay.Kind> map = new TreeMap<>();
        days.forEach(d -> map.put(d.date(), d.kind()));
        return new WorkingDayCalendar(Map.copyOf(map));
    }

    public boolean isWorkingDay(LocalDate date) {
        CalendarDay.Kind kind = exceptions.get(date);
        if (kind != null) {
            return kind == CalendarDay.Kind.WORKDAY;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /** The first working day after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** The date {@code n} working days after {@code start}: day 1 is the first working day after start. */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days to add must not be negative: " + n);
        }
        LocalDate date = start;
        for (int i = 0; i < n; i++) {
            date = nextWorkingDay(date);
        }
        return date;
    }

    /** Working days in {@code (fromExclusive, toInclusive]}; 0 when to is not after from. */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        int count = 0;
        for (LocalDate d = fromExclusive.plusDays(1); !d.isAfter(toInclusive); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
