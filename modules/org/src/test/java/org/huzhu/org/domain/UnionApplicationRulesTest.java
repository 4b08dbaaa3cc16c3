package org.huzhu.org.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.huzhu.org.api.UnionApplication;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.ui.ModularI18NProvider;
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

    /** The refusal's field, after checking its message key reads as a sentence in Chinese and in English. */
    private static String field(ThrowingCallable call) {
        Refused refused = catchThrowableOfType(Refused.class, call);
        assertThat(refused).as("refused").isNotNull();
        ModularI18NProvider words = new ModularI18NProvider();
        assertThat(refused.text(words, Locale.SIMPLIFIED_CHINESE)).as(refused.key()).isNotEqualTo(refused.key())
                .containsPattern("\\p{IsHan}").doesNotContain(" / ");
        assertThat(refused.text(words, Locale.ENGLISH)).as(refused.key()).isNotEqualTo(refused.key())
                .doesNotContainPattern("\\p{IsHan}");
        return refused.field();
    }

    @Test
    void a_wrong_credit_code_is_refused_naming_the_field_and_the_rule_in_both_languages() {
        ThrowingCallable wrong = () -> UnionApplicationRules.check(
                application("工会", "91350100M000100Y44", 5, "clerk", "BJ-DC", false));
        assertThat(field(wrong)).isEqualTo("creditCode");
        Refused refused = catchThrowableOfType(Refused.class, wrong);
        assertThat(refused.text(new ModularI18NProvider(), Locale.SIMPLIFIED_CHINESE)).contains("校验码");
        assertThat(refused.text(new ModularI18NProvider(), Locale.ENGLISH)).contains("check character");
    }

    @Test
    void each_missing_field_is_named() {
        assertThat(field(() -> UnionApplicationRules.check(
                application(" ", VALID_CODE, 5, "clerk", "BJ-DC", false)))).isEqualTo("name");
        assertThat(field(() -> UnionApplicationRules.check(
                application("工会", VALID_CODE, null, "clerk", "BJ-DC", false)))).isEqualTo("headcount");
        assertThat(field(() -> UnionApplicationRules.check(
                application("工会", VALID_CODE, 0, "clerk", "BJ-DC", false)))).isEqualTo("headcount");
        assertThat(field(() -> UnionApplicationRules.check(
                application("工会", VALID_CODE, 5, "a b", "BJ-DC", false)))).isEqualTo("clerkUsername");
        assertThat(field(() -> UnionApplicationRules.check(
                application("工会", VALID_CODE, 5, "clerk", null, false)))).isEqualTo("parentCode");
        assertThat(field(() -> UnionApplicationRules.check(null))).isEqualTo("body");
    }

    @Test
    void a_rejection_needs_a_reason() {
        assertThat(field(() -> UnionApplicationRules.rejectionReason("  "))).isEqualTo("reason");
        assertThat(UnionApplicationRules.rejectionReason(" 信用代码与营业执照不符 ")).isEqualTo("信用代码与营业执照不符");
    }
}
