package org.huzhu.microloans.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.huzhu.microloans.api.SubsidyView;
import org.huzhu.microloans.domain.SettlementPeriod;
import org.huzhu.microloans.domain.SubsidyOutcome;
import org.huzhu.microloans.domain.SubsidyWorking;
import org.junit.jupiter.api.Test;

class WorkingTextTest {

    @Test
    void a_stored_working_reads_back_line_for_line() {
        SubsidyWorking w = new SubsidyWorking(SettlementPeriod.quarter("2026Q3"), List.of(
                new SubsidyWorking.Line(1, LocalDate.of(2026, 7, 15), 585_599, 585_599, LocalDate.of(2026, 7, 15),
                        57_500, 25_000, 32_500, 0, SubsidyOutcome.ON_TIME, 32_500),
                new SubsidyWorking.Line(3, LocalDate.of(2026, 9, 15), 585_599, 100, null, 54_459, 23_677, 30_782, 0,
                        SubsidyOutcome.UNPAID, 0)));

        List<SubsidyView.WorkingLine> read = WorkingText.read(WorkingText.write(w));

        assertThat(read).containsExactly(
                new SubsidyView.WorkingLine(1, LocalDate.of(2026, 7, 15), 585_599, 585_599, LocalDate.of(2026, 7, 15),
                        57_500, 25_000, 32_500, 0, "ON_TIME", 32_500),
                new SubsidyView.WorkingLine(3, LocalDate.of(2026, 9, 15), 585_599, 100, null, 54_459, 23_677, 30_782, 0,
                        "UNPAID", 0));
    }
}
