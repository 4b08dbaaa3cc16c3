package org.huzhu.enrolment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.huzhu.kernel.identity.Gender;
import org.junit.jupiter.api.Test;

/** At least 60% of the staff a plan is open to; everyone when they are 10 or fewer. */
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
    void a_plan_for_women_only_counts_the_unions_women_not_all_its_staff() {
        // 821 staff, 300 of them women in the registry: 180 women enrolled are 60% of those who may enrol
        ParticipationRule.Figure women = ParticipationRule.figure("female-special-diseases", "女工特疾", Gender.FEMALE,
                821, 300, 100, 80);
        assertThat(women.counted()).isEqualTo(ParticipationRule.StaffCounted.FEMALE_STAFF);
        assertThat(women.staff()).isEqualTo(300);
        assertThat(women.enrolled()).isEqualTo(180);
        assertThat(women.needed()).isEqualTo(180);
        assertThat(women.met()).isTrue();
        assertThat(women.refusal()).isEmpty();
        assertThat(ParticipationRule.figure("female-special-diseases", "女工特疾", Gender.FEMALE, 821, 300, 100, 79)
                .refusal()).hasValueSatisfying(r -> assertThat(r.zh()).contains("不足女职工人数300人的60%（至少180人）"));
        ParticipationRule.Figure all = ParticipationRule.figure("accident-injury", "意外伤害", null, 821, 300, 100, 80);
        assertThat(all.staff()).isEqualTo(821);
        assertThat(all.needed()).isEqualTo(493);
        assertThat(all.met()).isFalse();
    }

    @Test
    void the_women_who_count_are_at_least_those_enrolled_and_at_most_the_headcount() {
        assertThat(ParticipationRule.figure("f", "女工", Gender.FEMALE, 821, 0, 0, 12).staff()).isEqualTo(12);
        assertThat(ParticipationRule.figure("f", "女工", Gender.FEMALE, 50, 900, 0, 40).staff()).isEqualTo(50);
    }

    @Test
    void more_enrolled_than_the_union_has_staff_is_past_its_headcount() {
        ParticipationRule.Figure eleventimes = ParticipationRule.figure("accident-injury", "意外伤害", null, 821, 0, 212, 9_000);
        assertThat(eleventimes.pastHeadcount()).isTrue();
        assertThat(eleventimes.met()).isTrue();
        assertThat(ParticipationRule.figure("accident-injury", "意外伤害", null, 821, 0, 21, 800).pastHeadcount()).isFalse();
    }

    @Test
    void a_union_without_a_recorded_headcount_is_asked_for_it() {
        assertThat(ParticipationRule.refusal("p", "计划", 0, 500)).hasValueSatisfying(r ->
                assertThat(r.zh()).contains("未登记职工人数"));
    }
}
