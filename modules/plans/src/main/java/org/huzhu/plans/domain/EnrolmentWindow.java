package org.huzhu.plans.domain;

import java.time.LocalDate;
import java.time.MonthDay;

/** The days of the year enrolment is open; a window may run over the new year (e.g. 11-01 to 01-31). */
public record EnrolmentWindow(MonthDay from, MonthDay to) {

    public static final EnrolmentWindow ALL_YEAR = new EnrolmentWindow(MonthDay.of(1, 1), MonthDay.of(12, 31));

    public boolean isOpen(LocalDate date) {
        MonthDay day = MonthDay.from(date);
        if (!from.isAfter(to)) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
        return !day.isBefore(from) || !day.isAfter(to);
    }
}
