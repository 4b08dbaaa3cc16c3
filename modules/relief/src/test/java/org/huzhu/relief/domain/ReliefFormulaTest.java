package org.huzhu.relief.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Worked examples of the relief fund's formula. */
class ReliefFormulaTest {

    @Test
    void major_illness_help_starts_above_three_thousand_yuan_of_self_paid_cost() {
        assertThat(ReliefFormula.majorIllness(300_000)).isZero();
        assertThat(ReliefFormula.majorIllness(250_000)).isZero();
        // 3,001.99: 1.99 x 50% = 0.995 -> whole yuan rounded down: 0
        assertThat(ReliefFormula.majorIllness(300_199)).isZero();
        // 13,000.00: 10,000.00 x 50% = 5,000.00
        assertThat(ReliefFormula.majorIllness(1_300_000)).isEqualTo(500_000);
    }

    @Test
    void major_illness_tiers_add_up() {
        // 35,000.00: 17,000.00 x 50% + 15,000.00 x 60% = 8,500.00 + 9,000.00 = 17,500.00
        assertThat(ReliefFormula.majorIllness(3_500_000)).isEqualTo(1_750_000);
        // 80,000.00: 8,500.00 + 30,000.00 x 60% + 30,000.00 x 70% = 8,500 + 18,000 + 21,000 = 47,500.00
        assertThat(ReliefFormula.majorIllness(8_000_000)).isEqualTo(4_750_000);
        // 12,345.67: 9,345.67 x 50% = 4,672.835 -> 4,672.00
        assertThat(ReliefFormula.majorIllness(1_234_567)).isEqualTo(467_200);
    }

    @Test
    void major_illness_is_at_most_fifty_thousand_yuan() {
        // 90,000.00 would give 8,500 + 18,000 + 28,000 = 54,500.00
        assertThat(ReliefFormula.majorIllness(9_000_000)).isEqualTo(5_000_000);
        assertThat(ReliefFormula.majorIllness(100_000_000)).isEqualTo(5_000_000);
    }

    @Test
    void accidents_give_five_to_ten_thousand_yuan_by_loss_and_the_familys_means() {
        long line = 147_000;
        // below the line: 5,000 + 20% of 12,000.00 = 7,400.00
        assertThat(ReliefFormula.accident(1_200_000, 100_000, line)).isEqualTo(740_000);
        // below twice the line: 5,000 + 10% of 12,000.00 = 6,200.00
        assertThat(ReliefFormula.accident(1_200_000, 200_000, line)).isEqualTo(620_000);
        // above it: 5,000 + 5% of 12,000.00 = 5,600.00
        assertThat(ReliefFormula.accident(1_200_000, 400_000, line)).isEqualTo(560_000);
        // no loss recorded: the base; a large loss: the cap
        assertThat(ReliefFormula.accident(0, 100_000, line)).isEqualTo(500_000);
        assertThat(ReliefFormula.accident(10_000_000, 100_000, line)).isEqualTo(1_000_000);
    }

    @Test
    void thirty_illness_categories_by_default() {
        assertThat(IllnessCategories.DEFAULTS).hasSize(30).doesNotHaveDuplicates();
    }
}
