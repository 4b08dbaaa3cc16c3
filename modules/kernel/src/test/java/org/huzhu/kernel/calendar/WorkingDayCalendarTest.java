package org.huzhu.kernel.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Working days across the real 2025 and 2026 official calendars shipped in tenant-config/calendar. */
class WorkingDayCalendarTest {

    private static WorkingDayCalendar calendar;

    @BeforeAll
    static void loadShippedCalendars() throws IOException {
        Path dir = calendarDir();
        List<CalendarDay> days = new ArrayList<>();
        for (String file : List.of("CN-2025.txt", "CN-2026.txt")) {
            try (Reader reader = Files.newBufferedReader(dir.resolve(file), StandardCharsets.UTF_8)) {
                days.addAll(CalendarFileParser.parse(file, reader));
            }
        }
        calendar = WorkingDayCalendar.of(days);
    }

    private static Path calendarDir() {
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("tenant-config/calendar"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("tenant-config/calendar above " + Paths.get("").toAbsolutePath()).isNotNull();
        return dir.resolve("tenant-config/calendar");
    }

    @Test
    void ordinary_weeks_work_monday_to_friday() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 24))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 28))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 29))).isFalse();
    }

    @Test
    void swapped_weekend_days_are_working_days_and_holidays_are_not() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 4))).as("Sunday 4 Jan 2026").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 2))).as("Friday 2 Jan 2026").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 28))).as("Sunday 28 Sep 2025").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 8))).as("Wednesday 8 Oct 2025").isFalse();
    }

    @Test
    void ten_working_days_from_the_friday_before_national_day_2025() {
        // Sat 27 off, Sun 28 worked (1), Mon 29 (2), Tue 30 (3), 1-8 Oct off, Thu 9 (4), Fri 10 (5),
        // Sat 11 worked (6), Mon 13 .. Thu 16 (7-10).
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 9, 26), 10)).isEqualTo(LocalDate.of(2025, 10, 16));
    }

    @Test
    void seven_working_days_across_spring_festival_2026() {
        // Thu 12 Feb: Fri 13 (1), Sat 14 worked (2), 15-23 off, Tue 24 .. Fri 27 (3-6), Sat 28 worked (7).
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 12), 7)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 12), LocalDate.of(2026, 2, 28))).isEqualTo(7);
    }

    @Test
    void a_claim_filed_on_new_years_eve_2025_is_due_after_the_holiday() {
        // Wed 31 Dec 2025: 1-3 Jan off, Sun 4 Jan worked (1), Mon 5 .. Fri 9 (2-6), Mon 12 .. Tue 13 (7-8),
        // Wed 14 (9), Thu 15 (10).
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 12, 31), 10)).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(calendar.nextWorkingDay(LocalDate.of(2025, 12, 31))).isEqualTo(LocalDate.of(2026, 1, 4));
    }

    @Test
    void tenant_days_override_national_days() {
        List<CalendarDay> days = new ArrayList<>(CalendarFileParser.parse("national", new StringReader(
                "2026-05-04 holiday 劳动节")));
        days.add(new CalendarDay(LocalDate.of(2026, 5, 4), CalendarDay.Kind.WORKDAY, "office open"));
        assertThat(WorkingDayCalendar.of(days).isWorkingDay(LocalDate.of(2026, 5, 4))).isTrue();
    }

    @Test
    void mistakes_in_a_calendar_file_name_the_file_line_and_rule() {
        assertThatThrownBy(() -> parse("2026-13-01 holiday x")).hasMessage("f.txt line 2: '2026-13-01' is not a date YYYY-MM-DD");
        assertThatThrownBy(() -> parse("2026-05-01 off 劳动节")).hasMessageContaining("line 2: kind 'off'");
        assertThatThrownBy(() -> parse("2026-05-06 workday x")).hasMessageContaining("is a WEDNESDAY, not a weekend day");
        assertThatThrownBy(() -> parse("2026-05-01")).hasMessageContaining("line 2: a line is");
        assertThatThrownBy(() -> parse("2026-05-01 holiday a\n2026-05-01 holiday b"))
                .hasMessage("f.txt line 3: date 2026-05-01 is listed twice as a holiday (also on line 2)");
        assertThatThrownBy(() -> parse("2026-05-09 workday a\n\n2026-05-09 holiday b"))
                .hasMessage("f.txt line 4: date 2026-05-09 is a holiday here but a workday on line 2");
    }

    @Test
    void comments_blank_lines_and_a_byte_order_mark_are_ignored() {
        List<CalendarDay> days = CalendarFileParser.parse("t.txt", new StringReader(
                "\uFEFF2026-05-09 workday 调休  # swapped\n\n   \n# only a comment\n2026-05-01 HOLIDAY 劳动节\n"));
        assertThat(days).containsExactly(
                new CalendarDay(LocalDate.of(2026, 5, 9), CalendarDay.Kind.WORKDAY, "调休"),
                new CalendarDay(LocalDate.of(2026, 5, 1), CalendarDay.Kind.HOLIDAY, "劳动节"));
    }

    @Test
    void the_shipped_files_hold_the_official_numbers_of_days() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31)))
                .as("working days in 2025: 261 weekdays - 18 holidays on weekdays + 5 swapped").isEqualTo(248);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31)))
                .as("working days in 2026: 261 weekdays - 19 holidays on weekdays + 6 swapped").isEqualTo(248);
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).as("Saturday 14 Feb 2026").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).as("Monday 23 Feb 2026").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 5, 9))).as("Saturday 9 May 2026").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 25))).as("Friday 25 Sep 2026").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).as("Saturday 10 Oct 2026").isTrue();
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 4, 30), 1)).isEqualTo(LocalDate.of(2026, 5, 6));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 4, 30), 0)).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1))).isZero();
    }

    private static List<CalendarDay> parse(String body) {
        return CalendarFileParser.parse("f.txt", new StringReader("# header\n" + body));
    }
}
