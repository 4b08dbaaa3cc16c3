package org.huzhu.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.huzhu.reporting.api.ReportPeriod;
import org.junit.jupiter.api.Test;

class ChartOptionsTest {

    @Test
    void a_trend_shows_every_month_the_period_touches_even_without_figures() {
        assertThat(ChartOptions.months(new ReportPeriod(LocalDate.of(2025, 11, 15), LocalDate.of(2026, 2, 3))))
                .containsExactly(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 2, 1));
    }

    @Test
    void chart_texts_are_escaped_into_json_strings() {
        assertThat(ChartOptions.str("a \"b\" \\ c\n")).isEqualTo("\"a \\\"b\\\" \\\\ c\\n\"");
        assertThat(ChartOptions.bars("t", List.of("x"), List.of(new ChartOptions.Series("s", List.of(1L)))))
                .contains("\"type\":\"bar\"").contains("\"data\":[1]");
    }
}
