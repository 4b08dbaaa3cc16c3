package org.huzhu.kernel.calendar;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The official holiday arrangement of one year (国务院办公厅关于某年部分节假日安排的通知) as an office or headquarters
 * uploads it: the calendar file format, every line right, every date in that year, and 1 January listed as a
 * holiday. 元旦 is a statutory day off every year, so a file without it is not the whole arrangement (a draft, a
 * fragment, or another year's file): it is refused rather than leaving the year's other holidays unknown.
 */
public final class YearArrangement {

    private YearArrangement() {
    }

    /** The file's errors, every line's and the file's own; none means {@code file.days()} is the year. */
    public static CalendarFile check(int year, Reader source) {
        CalendarFile file = CalendarFileParser.read(source, year);
        List<CalendarLineError> errors = new ArrayList<>(file.errors());
        if (file.days().isEmpty() && file.errors().isEmpty()) {
            errors.add(new CalendarLineError(0, CalendarLineError.EMPTY, "the file lists no day"));
        } else if (file.days().stream().noneMatch(d -> d.date().equals(LocalDate.of(year, 1, 1))
                && d.kind() == CalendarDay.Kind.HOLIDAY)) {
            errors.add(new CalendarLineError(0, CalendarLineError.NEW_YEAR_MISSING,
                    year + "-01-01 (元旦) must be listed as a holiday: the file is not the whole year's arrangement"));
        }
        return new CalendarFile(file.days(), errors);
    }
}
