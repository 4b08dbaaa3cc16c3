package org.huzhu.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.huzhu.reporting.api.ReportPeriod;
import org.junit.jupiter.api.Test;

class PeriodSplitTest {

    private static ReportPeriod p(String from, String to) {
        return new ReportPeriod(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void a_whole_year_is_read_from_twelve_months_and_no_days() {
        PeriodSplit split = PeriodSplit.of(p("2025-01-01", "2025-12-31"));
        assertThat(split.months()).contains(p("2025-01-01", "2025-12-01"));
        assertThat(split.days()).isEmpty();
    }

    @Test
    void a_year_to_date_late_in_a_month_reads_that_month_whole_less_its_last_days() {
        PeriodSplit split = PeriodSplit.of(p("2026-01-01", "2026-11-29"));
        assertThat(split.months()).contains(p("2026-01-01", "2026-11-01"));
        assertThat(split.days()).isEmpty();
        assertThat(split.less()).containsExactly(p("2026-11-30", "2026-11-30"));
    }

    @Test
    void a_year_to_date_early_in_a_month_reads_the_days_of_that_month() {
        PeriodSplit split = PeriodSplit.of(p("2026-01-01", "2026-11-10"));
        assertThat(split.months()).contains(p("2026-01-01", "2026-10-01"));
        assertThat(split.days()).containsExactly(p("2026-11-01", "2026-11-10"));
        assertThat(split.less()).isEmpty();
    }

    @Test
    void a_custom_period_reads_each_partial_month_the_cheaper_way() {
        PeriodSplit split = PeriodSplit.of(p("2026-01-15", "2026-04-10"));
        assertThat(split.months()).contains(p("2026-01-01", "2026-03-01"));
        assertThat(split.days()).containsExactly(p("2026-04-01", "2026-04-10"));
        assertThat(split.less()).containsExactly(p("2026-01-01", "2026-01-14"));
    }

    @Test
    void a_custom_period_with_short_partial_months_reads_their_days() {
        PeriodSplit split = PeriodSplit.of(p("2026-01-20", "2026-04-10"));
        assertThat(split.months()).contains(p("2026-02-01", "2026-03-01"));
        assertThat(split.days()).containsExactly(p("2026-01-20", "2026-01-31"), p("2026-04-01", "2026-04-10"));
        assertThat(split.less()).isEmpty();
    }

    @Test
    void most_of_one_month_is_that_month_less_the_days_on_either_side() {
        PeriodSplit split = PeriodSplit.of(p("2026-03-03", "2026-03-29"));
        assertThat(split.months()).contains(p("2026-03-01", "2026-03-01"));
        assertThat(split.days()).isEmpty();
        assertThat(split.less()).containsExactly(p("2026-03-01", "2026-03-02"), p("2026-03-30", "2026-03-31"));
    }

    @Test
    void a_short_period_inside_one_month_is_read_from_days_only() {
        PeriodSplit split = PeriodSplit.of(p("2026-02-03", "2026-02-13"));
        assertThat(split.months()).isEqualTo(Optional.empty());
        assertThat(split.days()).isEqualTo(List.of(p("2026-02-03", "2026-02-13")));
    }

    @Test
    void a_period_across_one_month_end_without_a_whole_month_is_read_from_days_only() {
        PeriodSplit split = PeriodSplit.of(p("2026-02-15", "2026-03-10"));
        assertThat(split.months()).isEmpty();
        assertThat(split.days()).containsExactly(p("2026-02-15", "2026-03-10"));
    }

    @Test
    void a_february_ending_a_leap_year_month_is_whole() {
        PeriodSplit split = PeriodSplit.of(p("2028-02-01", "2028-02-29"));
        assertThat(split.months()).contains(p("2028-02-01", "2028-02-01"));
        assertThat(split.days()).isEmpty();
        assertThat(split.less()).isEmpty();
    }
}
