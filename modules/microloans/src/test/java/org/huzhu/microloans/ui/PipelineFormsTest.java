package org.huzhu.microloans.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What the pipeline's forms read from what a clerk types, and the period they offer to settle. */
class PipelineFormsTest {

    @Test
    void investigators_are_split_the_way_offices_write_lists_of_names() {
        assertThat(StepForms.names("张伟、李娜，王芳, Zhao Lei ;")).containsExactly("张伟", "李娜", "王芳", "Zhao Lei");
        assertThat(StepForms.names("  ")).isEmpty();
        assertThat(StepForms.names(null)).isEmpty();
    }

    @Test
    void the_period_offered_is_the_quarter_before_today_s() {
        assertThat(SubsidyPanel.lastQuarter(LocalDate.of(2026, 11, 29))).isEqualTo("2026Q3");
        assertThat(SubsidyPanel.lastQuarter(LocalDate.of(2026, 10, 1))).isEqualTo("2026Q3");
        assertThat(SubsidyPanel.lastQuarter(LocalDate.of(2026, 9, 30))).isEqualTo("2026Q2");
        assertThat(SubsidyPanel.lastQuarter(LocalDate.of(2027, 1, 1))).isEqualTo("2026Q4");
    }
}
