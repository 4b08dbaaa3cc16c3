package org.huzhu.kernel.calendar;

import java.time.LocalDate;

/** A day the official calendar treats differently from an ordinary weekday or weekend. */
public record CalendarDay(LocalDate date, Kind kind, String name) {

    /** A holiday is a day off; a workday is a weekend day worked in exchange for a holiday (调休). */
    public enum Kind {
        HOLIDAY,
        WORKDAY
    }
}
