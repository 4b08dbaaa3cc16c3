package org.huzhu.kernel.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An uploaded year's arrangement is taken whole or not at all, with every wrong line named. */
class YearArrangementTest {

    /** Made-up days in the shape of an arrangement: the real 2027 one is published by the State Council. */
    static final String YEAR_2027 = """
            # test arrangement, not the official one
            2027-01-01 holiday 元旦
            2027-12-25 workday 测试调休
            2027-12-27 holiday 测试假日
            2027-12-28 holiday 测试假日
            2027-12-29 holiday 测试假日
            """;

    @Test
    void a_whole_year_is_taken_with_its_holidays_and_swapped_working_days() {
        CalendarFile file = YearArrangement.check(2027, new StringReader(YEAR_2027));
        assertThat(file.errors()).isEmpty();
        assertThat(file.days()).hasSize(5);
    }

    @Test
    void every_wrong_line_is_named_with_its_rule() {
        String text = """
                2027-01-01 holiday 元旦
                2027-13-01 holiday 春节
                2027-02-06 rest 春节
                2027-02-07 holiday
                2027-02-08 workday 春节调休
                2028-01-01 holiday 元旦
                2027-01-01 holiday 元旦
                """;
        CalendarFile file = YearArrangement.check(2027, new StringReader(text));
        assertThat(file.errors()).extracting(CalendarLineError::line, CalendarLineError::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, CalendarLineError.DATE),
                org.assertj.core.groups.Tuple.tuple(3, CalendarLineError.KIND),
                org.assertj.core.groups.Tuple.tuple(4, CalendarLineError.NAME),
                org.assertj.core.groups.Tuple.tuple(5, CalendarLineError.WORKDAY_NOT_WEEKEND),
                org.assertj.core.groups.Tuple.tuple(6, CalendarLineError.OTHER_YEAR),
                org.assertj.core.groups.Tuple.tuple(7, CalendarLineError.DUPLICATE));
    }

    @Test
    void a_file_without_new_year_is_not_the_whole_arrangement() {
        CalendarFile file = YearArrangement.check(2027, new StringReader("2027-12-27 holiday 测试假日\n"));
        assertThat(file.errors()).extracting(CalendarLineError::rule).containsExactly(
                CalendarLineError.NEW_YEAR_MISSING);
        assertThat(YearArrangement.check(2027, new StringReader("# nothing\n")).errors())
                .extracting(CalendarLineError::rule).containsExactly(CalendarLineError.EMPTY);
    }

    @Test
    void due_dates_in_late_december_skip_the_uploaded_holidays() {
        WorkingDayCalendar calendar = WorkingDayCalendar.of(YearArrangement.check(2027,
                new StringReader(YEAR_2027)).days());
        // Fri 24th filed; Sat 25th worked; 27-29 off; 30th, 31st; then 2028 (no calendar: weekdays).
        assertThat(calendar.addWorkingDays(LocalDate.of(2027, 12, 24), 3)).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(WorkingDayCalendar.of(java.util.List.of()).addWorkingDays(LocalDate.of(2027, 12, 24), 3))
                .isEqualTo(LocalDate.of(2027, 12, 29));
    }
}
