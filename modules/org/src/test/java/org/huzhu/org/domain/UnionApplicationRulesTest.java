package org.huzhu.org.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.huzhu.org.api.UnionApplication;
import org.junit.jupiter.api.Test;

class UnionApplicationRulesTest {

    private static final String VALID_CODE = "91350100M000100Y43";

    private static UnionApplication application(String name, String code, Integer headcount, String clerk,
                                                String parent, boolean direct) {
        return new UnionApplication(name, code, headcount, clerk, parent, direct);
    }

    @Test
    void a_complete_application_is_trimmed_and_its_code_upper_cased() {
        UnionApplication checked = UnionApplicationRules.check(
                application("  某某科技有限公司工会 ", "91350100m000100y43", 120, " clerk-1 ", " BJ-DC ", false));
        assertThat(checked).isEqualTo(application("某某科技有限公司工会", VALID_CODE, 120, "clerk-1", "BJ-DC", false));
    }

    @Test
    void direct_enrolment_needs_no_agency_office_and_drops_one_given() {
        assertThat(UnionApplicationRules.check(application("工会", VALID_CODE, 5, "clerk", "BJ-DC", true)).parentCode())
                .isNull();
    }

    @Test
    void a_wrong_credit_code_is_refused_naming_the_field_and_the_rule_in_both_languages() {
        assertThatThrownBy(() -> UnionApplicationRules.check(
                application("工会", "91350100M000100Y44", 5, "clerk", "BJ-DC", false)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("creditCode: ").hasMessageContaining("校验码").hasMessageContaining("check character");
    }

    @Test
    void each_missing_field_is_named() {
        assertThatThrownBy(() -> UnionApplicationRules.check(application(" ", VALID_CODE, 5, "clerk", "BJ-DC", false)))
                .hasMessageStartingWith("name: ");
        assertThatThrownBy(() -> UnionApplicationRules.check(application("工会", VALID_CODE, null, "clerk", "BJ-DC", false)))
                .hasMessageStartingWith("headcount: ");
        assertThatThrownBy(() -> UnionApplicationRules.check(application("工会", VALID_CODE, 0, "clerk", "BJ-DC", false)))
                .hasMessageStartingWith("headcount: ");
        assertThatThrownBy(() -> UnionApplicationRules.check(application("工会", VALID_CODE, 5, "a b", "BJ-DC", false)))
                .hasMessageStartingWith("clerkUsername: ");
        assertThatThrownBy(() -> UnionApplicationRules.check(application("工会", VALID_CODE, 5, "clerk", null, false)))
                .hasMessageStartingWith("parentCode: ");
        assertThatThrownBy(() -> UnionApplicationRules.check(null)).hasMessageStartingWith("body: ");
    }

    @Test
    void a_rejection_needs_a_reason() {
        assertThatThrownBy(() -> UnionApplicationRules.rejectionReason("  ")).hasMessageStartingWith("reason: ");
        assertThat(UnionApplicationRules.rejectionReason(" 信用代码与营业执照不符 ")).isEqualTo("信用代码与营业执照不符");
    }
}
