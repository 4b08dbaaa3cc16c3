package org.huzhu.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureDeltasTest {

    private static final LocalDate MAY_3 = LocalDate.of(2026, 5, 3);
    private static final LocalDate MAY_20 = LocalDate.of(2026, 5, 20);

    @Test
    void a_chunk_of_claims_becomes_one_change_per_cell_in_each_grain() {
        FigureDeltas d = new FigureDeltas()
                .add(FigureDeltas.Cell.of(MAY_3, Figure.CLAIMS_PAID, "inpatient-medical", 7L), 1, 100)
                .add(FigureDeltas.Cell.of(MAY_3, Figure.CLAIMS_PAID, "inpatient-medical", 7L), 1, 250)
                .add(FigureDeltas.Cell.of(MAY_20, Figure.CLAIMS_PAID, "inpatient-medical", 8L), 1, 50)
                .add(FigureDeltas.Cell.of(MAY_20, Figure.CLAIMS_PAID, "accident-injury", null), 1, 5);
        assertThat(d.in(Grain.DAY)).hasSize(3).first()
                .isEqualTo(new FigureDeltas.Change(new FigureDeltas.Cell(MAY_3, Figure.CLAIMS_PAID, "inpatient-medical", 7),
                        2, 350));
        assertThat(d.in(Grain.MONTH)).hasSize(3);
        List<FigureDeltas.Change> city = d.in(Grain.CITY_MONTH);
        assertThat(city).containsExactly(
                new FigureDeltas.Change(new FigureDeltas.Cell(MAY_3.withDayOfMonth(1), Figure.CLAIMS_PAID,
                        "accident-injury", 0), 1, 5),
                new FigureDeltas.Change(new FigureDeltas.Cell(MAY_3.withDayOfMonth(1), Figure.CLAIMS_PAID,
                        "inpatient-medical", 0), 3, 400));
    }

    @Test
    void the_city_totals_add_every_plan_of_a_day_and_a_month_into_one_cell() {
        FigureDeltas d = new FigureDeltas()
                .add(FigureDeltas.Cell.of(MAY_3, Figure.CLAIMS_PAID, "inpatient-medical", 7L), 1, 100)
                .add(FigureDeltas.Cell.of(MAY_3, Figure.CLAIMS_PAID, "accident-injury", 8L), 2, 30)
                .add(FigureDeltas.Cell.of(MAY_20, Figure.CLAIMS_PAID, "accident-injury", null), 1, 5);
        assertThat(d.in(Grain.CITY_TOTAL_DAY)).containsExactly(
                new FigureDeltas.Change(new FigureDeltas.Cell(MAY_3, Figure.CLAIMS_PAID, "", 0), 3, 130),
                new FigureDeltas.Change(new FigureDeltas.Cell(MAY_20, Figure.CLAIMS_PAID, "", 0), 1, 5));
        assertThat(d.in(Grain.CITY_TOTAL_MONTH)).containsExactly(
                new FigureDeltas.Change(new FigureDeltas.Cell(MAY_3.withDayOfMonth(1), Figure.CLAIMS_PAID, "", 0), 4, 135));
    }

    @Test
    void changes_come_out_in_key_order_so_writers_lock_cells_in_the_same_order() {
        FigureDeltas d = new FigureDeltas()
                .add(FigureDeltas.Cell.of(MAY_20, Figure.ENROLMENTS, "b", 2L), 1, 0)
                .add(FigureDeltas.Cell.of(MAY_3, Figure.NEW_MEMBERS, "a", 1L), 1, 0)
                .add(FigureDeltas.Cell.of(MAY_3, Figure.ENROLMENTS, "a", 1L), 1, 0);
        assertThat(d.in(Grain.DAY)).extracting(c -> c.cell().day() + " " + c.cell().figure())
                .containsExactly("2026-05-03 ENROLMENTS", "2026-05-03 NEW_MEMBERS", "2026-05-20 ENROLMENTS");
    }

    @Test
    void cells_that_add_up_to_nothing_are_not_written() {
        FigureDeltas d = new FigureDeltas().add(FigureDeltas.Cell.of(MAY_3, Figure.PAYMENTS_FAILED, "", null), 0, 0);
        assertThat(d.in(Grain.DAY)).isEmpty();
    }
}
