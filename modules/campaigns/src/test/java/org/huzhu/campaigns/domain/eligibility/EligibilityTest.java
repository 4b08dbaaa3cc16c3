package org.huzhu.campaigns.domain.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.huzhu.kernel.identity.Gender;
import org.huzhu.tenancy.api.Refused;
import org.junit.jupiter.api.Test;

/** The rules giveaways and events share: subtree by path, gender, age at least; the first rule failed is named. */
class EligibilityTest {

    static MemberFacts member(Gender gender, int age, String path) {
        return new MemberFacts(7, gender, age, path, null);
    }

    @Test
    void anyone_lets_every_member_through_even_one_placed_nowhere() {
        assertThat(Eligibility.ANYONE.refusal(member(Gender.MALE, 18, null))).isEmpty();
    }

    @Test
    void a_subtree_admits_its_own_unions_and_not_a_sibling_whose_id_starts_alike() {
        Eligibility dongcheng = new Eligibility("/1/5/", null, null);
        assertThat(dongcheng.refusal(member(Gender.MALE, 30, "/1/5/23/"))).isEmpty();
        assertThat(dongcheng.refusal(member(Gender.MALE, 30, "/1/5/"))).isEmpty();
        assertThat(dongcheng.refusal(member(Gender.MALE, 30, "/1/55/"))).contains("ORG_UNIT");
        assertThat(dongcheng.refusal(member(Gender.MALE, 30, null))).contains("ORG_UNIT");
    }

    @Test
    void the_first_rule_failed_is_named_unit_before_gender_before_age() {
        Eligibility women40 = new Eligibility("/1/5/", Gender.FEMALE, 40);
        assertThat(women40.refusal(member(Gender.MALE, 20, "/1/6/"))).contains("ORG_UNIT");
        assertThat(women40.refusal(member(Gender.MALE, 20, "/1/5/9/"))).contains("GENDER");
        assertThat(women40.refusal(member(Gender.FEMALE, 39, "/1/5/9/"))).contains("AGE");
        assertThat(women40.refusal(member(Gender.FEMALE, 40, "/1/5/9/"))).isEmpty();
    }

    @Test
    void a_minimum_age_past_120_or_below_0_is_refused_naming_the_field() {
        Eligibility.checkMinAge(null, "k");
        Eligibility.checkMinAge(120, "k");
        assertThatThrownBy(() -> Eligibility.checkMinAge(121, "campaigns.event.refused.range"))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.field()).isEqualTo("minAge"));
        assertThatThrownBy(() -> Eligibility.checkMinAge(-1, "k")).isInstanceOf(Refused.class);
    }

    @Test
    void genders_are_kept_as_the_member_table_keeps_them() {
        assertThat(Eligibility.genderCode(Gender.FEMALE)).isEqualTo("F");
        assertThat(Eligibility.genderCode(Gender.MALE)).isEqualTo("M");
        assertThat(Eligibility.genderCode(null)).isNull();
        assertThat(Eligibility.gender("F")).isEqualTo(Gender.FEMALE);
        assertThat(Eligibility.gender("M")).isEqualTo(Gender.MALE);
        assertThat(Eligibility.gender(null)).isNull();
    }
}
