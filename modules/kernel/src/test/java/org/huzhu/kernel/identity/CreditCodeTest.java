package org.huzhu.kernel.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CreditCodeTest {

    /** Sample code from GB 32100-2015 explanations; its last character is the check character. */
    private static final String SAMPLE = "91350100M000100Y43";

    @Test
    void the_published_sample_is_valid() {
        assertThat(CreditCode.checkCharacter(SAMPLE.substring(0, 17))).isEqualTo('3');
        assertThat(CreditCode.isValid(SAMPLE)).isTrue();
        assertThat(CreditCode.problem(SAMPLE)).isNull();
    }

    @Test
    void lower_case_and_surrounding_blanks_are_accepted_as_the_same_code() {
        assertThat(CreditCode.isValid(" 91350100m000100y43 ")).isTrue();
        assertThat(CreditCode.normalise(" 91350100m000100y43 ")).isEqualTo(SAMPLE);
    }

    @Test
    void a_wrong_check_character_is_refused() {
        assertThat(CreditCode.problem("91350100M000100Y44").rule()).isEqualTo(CreditCode.Rule.CHECK_CHARACTER);
    }

    @Test
    void a_swapped_pair_of_characters_is_caught_by_the_check() {
        assertThat(CreditCode.isValid("93150100M000100Y43")).isFalse();
    }

    @Test
    void a_code_of_the_wrong_length_is_refused_with_its_length() {
        assertThat(CreditCode.problem("91350100M000100Y4")).isEqualTo(new CreditCode.Problem(CreditCode.Rule.LENGTH, 17));
        assertThat(CreditCode.problem("").rule()).isEqualTo(CreditCode.Rule.REQUIRED);
        assertThat(CreditCode.problem(null).rule()).isEqualTo(CreditCode.Rule.REQUIRED);
    }

    @Test
    void letters_the_standard_leaves_out_are_refused() {
        for (char letter : "IOZSV".toCharArray()) {
            String code = "91350100M000100" + letter + "43";
            assertThat(CreditCode.problem(code)).as(code).isEqualTo(new CreditCode.Problem(CreditCode.Rule.CHARACTER, 16));
        }
    }

    @Test
    void the_check_needs_exactly_17_characters_of_the_alphabet() {
        assertThatThrownBy(() -> CreditCode.checkCharacter("9135")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CreditCode.checkCharacter("91350100I000100Y4"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
