package org.huzhu.kernel.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a calendar file (tenant-config's, or one uploaded): one day a line, {@code YYYY-MM-DD holiday|workday name},
 * with {@code #} comments. A mistake is refused with the file, the line and the rule; {@link #read} reports every
 * wrong line at once.
 */
public final class CalendarFileParser {

    /** For {@link #read}: dates of any year (tenant-config's files name their year in the file name only). */
    public static final int ANY_YEAR = 0;

    private CalendarFileParser() {
    }

    public static List<CalendarDay> parse(String fileName, Reader source) {
        CalendarFile file = read(source, ANY_YEAR);
        if (!file.errors().isEmpty()) {
            CalendarLineError first = file.errors().get(0);
            throw error(fileName, first.line(), first.message());
        }
        return file.days();
    }

    /**
     * Every line checked: the days that are right and, for each wrong line, its number, rule and message.
     *
     * @param year the year every date must be in, or {@link #ANY_YEAR}
     */
    public static CalendarFile read(Reader source, int year) {
        List<CalendarDay> days = new ArrayList<>();
        List<CalendarLineError> errors = new ArrayList<>();
        Map<LocalDate, Listed> seen = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(source)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1); // files saved by Windows editors start with a byte-order mark
                }
                String text = line.replaceFirst("#.*", "").strip();
                if (!text.isEmpty()) {
                    readLine(number, text, year, seen, days, errors);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the calendar file", e);
        }
        return new CalendarFile(days, errors);
    }

    private static void readLine(int number, String text, int year, Map<LocalDate, Listed> seen,
                                 List<CalendarDay> days, List<CalendarLineError> errors) {
        try {
            CalendarDay day = parseLine(number, text);
            if (year != ANY_YEAR && day.date().getYear() != year) {
                throw refuse(number, CalendarLineError.OTHER_YEAR, "date " + day.date() + " is not in " + year);
            }
            Listed earlier = seen.putIfAbsent(day.date(), new Listed(number, day.kind()));
            if (earlier != null) {
                throw refuse(number, CalendarLineError.DUPLICATE, duplicate(day, earlier));
            }
            days.add(day);
        } catch (LineRefused refused) {
            errors.add(refused.error);
        }
    }

    private static CalendarDay parseLine(int number, String text) {
        String[] parts = text.split("\\s+", 3);
        if (parts.length < 2) {
            throw refuse(number, CalendarLineError.FORMAT, "a line is 'YYYY-MM-DD holiday|workday name'");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(parts[0]);
        } catch (DateTimeParseException e) {
            throw refuse(number, CalendarLineError.DATE, "'" + parts[0] + "' is not a date YYYY-MM-DD");
        }
        CalendarDay.Kind kind;
        try {
            kind = CalendarDay.Kind.valueOf(parts[1].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw refuse(number, CalendarLineError.KIND, "kind '" + parts[1] + "' is neither holiday nor workday");
        }
        if (parts.length < 3 || parts[2].isBlank()) {
            throw refuse(number, CalendarLineError.NAME, "the day " + date + " has no name (e.g. 春节)");
        }
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (kind == CalendarDay.Kind.WORKDAY && !weekend) {
            throw refuse(number, CalendarLineError.WORKDAY_NOT_WEEKEND, "swapped working day " + date + " is a "
                    + date.getDayOfWeek() + ", not a weekend day");
        }
        return new CalendarDay(date, kind, parts[2].strip());
    }

    private static LineRefused refuse(int line, String rule, String message) {
        return new CalendarLineError(line, rule, message).thrown();
    }

    /** Within one file a date appears once; overriding is done by a later file (tenant after national). */
    private static String duplicate(CalendarDay day, Listed earlier) {
        if (earlier.kind() != day.kind()) {
            return "date " + day.date() + " is a " + kindWord(day.kind()) + " here but a " + kindWord(earlier.kind())
                    + " on line " + earlier.line();
        }
        return "date " + day.date() + " is listed twice as a " + kindWord(day.kind()) + " (also on line "
                + earlier.line() + ")";
    }

    private static String kindWord(CalendarDay.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private record Listed(int line, CalendarDay.Kind kind) {
    }

    /** A line's refusal on its way out of the line parser (control flow only, never leaves this class). */
    static final class LineRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient CalendarLineError error;

        LineRefused(CalendarLineError error) {
            super(error.message(), null, false, false);
            this.error = error;
        }
    }

    private static IllegalArgumentException error(String fileName, int line, String rule) {
        return new IllegalArgumentException(fileName + " line " + line + ": " + rule);
    }
}
