package org.huzhu.relief.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.huzhu.relief.domain.SecondaryAidBandsTest.member;
import static org.huzhu.relief.domain.SecondaryAidBandsTest.rule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.huzhu.relief.api.AidGroup;
import org.junit.jupiter.api.Test;

/** Who is paid and who is cut when the budget is short: hardship first, major illness next, then the rest. */
class AidBudgetAndPriorityTest {

    private final List<AidRule.Case> cases = List.of(
            member(1, 300_000, 100_000),                                             // 400.00, no group
            member(2, 1_200_000, 200_000, AidGroup.HARDSHIP),                        // 3,500.00
            member(3, 3_000_000, 400_000, AidGroup.HARDSHIP, AidGroup.MAJOR_ILLNESS), // 6,000.00 (member cap)
            member(4, 1_500_000, 133_333, AidGroup.MODEL_WORKER),                    // 3,000.00
            member(5, 900_000, 100_000, AidGroup.MAJOR_ILLNESS));                    // 8,000.00 x 30% = 2,400 + 800 = 3,200.00

    @Test
    void lines_come_in_priority_order_hardship_first_then_major_illness_then_model_workers_then_the_rest() {
        List<AidRule.Line> lines = rule(100_000_000).apply(cases);
        assertThat(lines).extracting(l -> l.member().memberId()).containsExactly(3L, 2L, 5L, 4L, 1L);
        assertThat(lines).extracting(AidRule.Line::aidFen).containsExactly(600_000L, 350_000L, 320_000L, 300_000L,
                40_000L);
        assertThat(lines).allMatch(AidRule.Line::withinBudget);
        assertThat(lines).extracting(AidRule.Line::position).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void a_short_budget_cuts_the_first_line_that_does_not_fit_and_everyone_after_it() {
        // 10,000.00: 6,000.00 + 3,500.00 = 9,500.00; the major-illness line of 3,200.00 does not fit, and the
        // model worker's 3,000.00 and the 400.00 after it are cut too, though 400.00 would fit
        List<AidRule.Line> lines = rule(1_000_000).apply(cases);
        assertThat(lines).extracting(l -> l.member().memberId() + ":" + l.withinBudget())
                .containsExactly("3:true", "2:true", "5:false", "4:false", "1:false");
        assertThat(lines.stream().filter(AidRule.Line::withinBudget).mapToLong(AidRule.Line::aidFen).sum())
                .isEqualTo(950_000);
        assertThat(lines.get(2).working()).last().extracting(AidWorking.Step::code).isEqualTo("BUDGET_CUT");
    }

    @Test
    void a_budget_that_fits_exactly_pays_everyone() {
        assertThat(rule(1_610_000).apply(cases)).allMatch(AidRule.Line::withinBudget);
        assertThat(rule(1_609_999).apply(cases).get(4).withinBudget()).isFalse();
    }

    @Test
    void within_one_rank_the_larger_remaining_amount_comes_first_then_the_member_id() {
        List<AidRule.Line> lines = rule(100_000_000).apply(List.of(member(9, 300_000, 0), member(8, 300_000, 0),
                member(7, 400_000, 0)));
        assertThat(lines).extracting(l -> l.member().memberId()).containsExactly(7L, 8L, 9L);
    }

    @Test
    void the_same_cases_in_any_order_give_the_same_lines() {
        List<AidRule.Line> first = rule(1_000_000).apply(cases);
        List<AidRule.Case> shuffled = new ArrayList<>(cases);
        Collections.shuffle(shuffled, new Random(7));
        assertThat(rule(1_000_000).apply(shuffled)).isEqualTo(first);
    }

    @Test
    void a_member_is_aided_at_most_once_per_run() {
        assertThatThrownBy(() -> rule(1_000_000).apply(List.of(member(1, 300_000, 0), member(1, 500_000, 0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most once");
    }
}
