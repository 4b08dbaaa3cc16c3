package org.huzhu.enrolment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** At least 60% of a union's staff per plan; everyone in a union of 10 or fewer. */
class ParticipationRuleTest {

    @Test
    void a_union_of_100_enrols_at_least_60() {
        assertThat(ParticipationRule.minimum(100)).isEqualTo(60);
        assertThat(ParticipationRule.refusal("accident-injury", "意外伤害", 100, 60)).isEmpty();
        assertThat(ParticipationRule.refusal("accident-injury", "意外伤害", 100, 59)).hasValueSatisfying(r -> {
            assertThat(r.zh()).contains("参保59人").contains("职工人数100人的60%").contains("至少60人");
            assertThat(r.en()).contains("at least 60");
        });
    }

    @Test
    void sixty_percent_of_an_odd_headcount_is_rounded_up() {
        assertThat(ParticipationRule.minimum(11)).isEqualTo(7);
        assertThat(ParticipationRule.minimum(101)).isEqualTo(61);
        assertThat(ParticipationRule.minimum(2_049)).isEqualTo(1_230);
    }

    @Test
    void a_union_of_ten_or_fewer_enrols_everyone() {
        assertThat(ParticipationRule.minimum(10)).isEqualTo(10);
        assertThat(ParticipationRule.refusal("p", "计划", 10, 9)).hasValueSatisfying(r ->
                assertThat(r.zh()).contains("须全员参保"));
        assertThat(ParticipationRule.refusal("p", "计划", 3, 3)).isEmpty();
    }

    @Test
    void a_union_without_a_recorded_headcount_is_asked_for_it() {
        assertThat(ParticipationRule.refusal("p", "计划", 0, 500)).hasValueSatisfying(r ->
                assertThat(r.zh()).contains("未登记职工人数"));
    }
}
