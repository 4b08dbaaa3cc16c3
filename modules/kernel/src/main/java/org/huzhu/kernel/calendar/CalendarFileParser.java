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
 * Reads a calendar file of tenant-config: one day a line, {@code YYYY-MM-DD holiday|workday name}, with
 * {@code #} comments. A mistake is refused with the file, the line and the rule.
 */
public final class CalendarFileParser {

    private CalendarFileParser() {
    }

    public static List<CalendarDay> parse(String fileName, Reader source) {
        List<CalendarDay> days = new ArrayList<>();
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
                    CalendarDay day = parseLine(fileName, number, text);
                    Listed earlier = seen.putIfAbsent(day.date(), new Listed(number, day.kind()));
                    if (earlier != null) {
                        throw error(fileName, number, duplicate(day, earlier));
                    }
                    days.add(day);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fileName, e);
        }
        return days;
    }

    private static CalendarDay parseLine(String fileName, int number, String text) {
        String[] parts = text.split("\\s+", 3);
        if (parts.length < 3) {
            throw error(fileName, number, "a line is 'YYYY-MM-DD holiday|workday name'");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(parts[0]);
        } catch (DateTimeParseException e) {
            throw error(fileName, number, "'" + parts[0] + "' is not a date YYYY-MM-DD");
        }
        CalendarDay.Kind kind;
        try {
            kind = CalendarDay.Kind.valueOf(parts[1].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw error(fileName, number, "kind '" + parts[1] + "' is neither holiday nor workday");
        }
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (kind == CalendarDay.Kind.WORKDAY && !weekend) {
            throw error(fileName, number, "swapped working day " + date + " is a " + date.getDayOfWeek()
                    + ", not a weekend day");
        }
        return new CalendarDay(date, kind, parts[2].strip());
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

    private static IllegalArgumentException error(String fileName, int line, String rule) {
        return new IllegalArgumentException(fileName + " line " + line + ": " + rule);
    }
}
