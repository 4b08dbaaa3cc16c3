package org.huzhu.relief.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.huzhu.relief.api.HardshipCategory;
import org.junit.jupiter.api.Test;

/** Worked examples with a minimum-living line of 1,470.00 yuan a month and the 80% illness rule. */
class HouseholdCategoryTest {

    private final HardshipLines lines = new HardshipLines(147_000, 80);

    @Test
    void income_per_head_is_disposable_income_over_twelve_months_and_the_household_rounded_down() {
        // (60,000.00 - 6,000.00) / 12 / 3 = 1,500.00 a head a month
        assertThat(HardshipLines.incomePerHeadMonth(6_000_000, 600_000, 3)).isEqualTo(150_000);
        // 10,000.00 / 12 / 7 = 119.047... -> 119.04
        assertThat(HardshipLines.incomePerHeadMonth(1_000_000, 0, 7)).isEqualTo(11_904);
        assertThat(HardshipLines.incomePerHeadMonth(100_000, 500_000, 2)).isZero();
    }

    @Test
    void a_household_below_the_minimum_living_line_is_in_deep_hardship() {
        // (50,000.00 - 2,000.00) / 12 / 3 = 1,333.33 < 1,470.00
        assertThat(lines.categorize(5_000_000, 200_000, 0, 3)).contains(HardshipCategory.DEEP);
    }

    @Test
    void exactly_on_the_line_is_relative_not_deep_and_below_twice_it_is_relative() {
        // 1,470.00 x 12 x 2 = 35,280.00 -> exactly 1,470.00 a head
        assertThat(lines.categorize(3_528_000, 0, 0, 2)).contains(HardshipCategory.RELATIVE);
        // 2,939.99 a head: still below 2,940.00
        assertThat(lines.categorize(293_999L * 12, 0, 0, 1)).contains(HardshipCategory.RELATIVE);
    }

    @Test
    void illness_costs_above_eighty_percent_of_income_make_hardship_from_illness() {
        // 120,000.00 income, 3 people: 3,333.33 a head, above twice the line; costs 96,000.01 > 80% of it
        assertThat(lines.categorize(12_000_000, 0, 9_600_001, 3)).contains(HardshipCategory.ACCIDENT_OR_ILLNESS);
        // exactly 80% does not pass the share
        assertThat(lines.categorize(12_000_000, 0, 9_600_000, 3)).isEmpty();
    }

    @Test
    void a_household_above_every_line_is_not_in_hardship() {
        assertThat(lines.categorize(12_000_000, 0, 0, 3)).isEmpty();
    }

    @Test
    void lines_and_households_must_make_sense() {
        assertThatThrownBy(() -> new HardshipLines(0, 80)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HardshipLines.incomePerHeadMonth(1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
