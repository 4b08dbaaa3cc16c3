package org.huzhu.kernel.calendar;

import java.util.List;

/** A calendar file as read: the days of its right lines and the errors of its wrong ones. */
public record CalendarFile(List<CalendarDay> days, List<CalendarLineError> errors) {

    public CalendarFile {
        days = List.copyOf(days);
        errors = List.copyOf(errors);
    }
}
