package org.huzhu.claims.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.huzhu.kernel.calendar.CalendarFileParser;
import org.huzhu.kernel.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

/**
 * Due dates count working days by the official calendar the tenants use (tenant-config/calendar): across the
 * 2026 National Day holiday and its swapped working Saturday.
 */
class SlaDueDateTest {

    private static WorkingDayCalendar calendar() throws IOException {
        Path file = Path.of("../../tenant-config/calendar/CN-2026.txt");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return WorkingDayCalendar.of(CalendarFileParser.parse(file.toString(), reader));
        }
    }

    @Test
    void ten_working_days_from_the_eve_of_national_day() throws IOException {
        // Oct 1-7 off; Oct 8, 9, Saturday 10 (swapped working day), 12-16, 19, 20.
        assertThat(calendar().addWorkingDays(LocalDate.of(2026, 9, 30), 10)).isEqualTo(LocalDate.of(2026, 10, 20));
    }

    @Test
    void seven_working_days_for_baoji_across_the_same_holiday() throws IOException {
        assertThat(calendar().addWorkingDays(LocalDate.of(2026, 9, 30), 7)).isEqualTo(LocalDate.of(2026, 10, 15));
    }

    @Test
    void an_ordinary_fortnight_is_ten_working_days() throws IOException {
        assertThat(calendar().addWorkingDays(LocalDate.of(2026, 11, 2), 10)).isEqualTo(LocalDate.of(2026, 11, 16));
    }
}
