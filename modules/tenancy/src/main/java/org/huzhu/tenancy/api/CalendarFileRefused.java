package org.huzhu.tenancy.api;

import java.util.List;
import org.huzhu.kernel.calendar.CalendarLineError;

/** An uploaded calendar file with wrong lines: nothing of it was stored. The app answers 400 with every line. */
public class CalendarFileRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int year;
    private final transient List<CalendarLineError> errors;

    public CalendarFileRefused(int year, List<CalendarLineError> errors) {
        super("the calendar file of " + year + " has " + errors.size() + " wrong line(s); nothing was stored");
        this.year = year;
        this.errors = List.copyOf(errors);
    }

    public int year() {
        return year;
    }

    public List<CalendarLineError> errors() {
        return errors;
    }
}
