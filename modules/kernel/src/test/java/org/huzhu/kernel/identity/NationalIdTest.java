package org.huzhu.kernel.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.huzhu.kernel.identity.InvalidNationalIdException.Rule;
import org.junit.jupiter.api.Test;

class NationalIdTest {

    private static final String SAMPLE = "11010519491231002X";

    @Test
    void the_published_sample_is_valid_and_read_correctly() {
        NationalId id = NationalId.parse(SAMPLE);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.gender()).isEqualTo(Gender.FEMALE);
        assertThat(id.regionCode()).isEqualTo("110105");
    }

    @Test
    void the_check_digit_follows_iso_7064_mod_11_2() {
        assertThat(NationalId.checkDigit("11010519491231002")).isEqualTo('X');
        assertThat(NationalId.checkDigit("44052418800101001")).isEqualTo('4');
        assertThat(NationalId.checkDigit("61030219900307123")).isEqualTo(NationalId.checkDigit("61030219900307123"));
    }

    @Test
    void a_wrong_check_digit_is_refused_with_its_rule() {
        assertRule("110105194912310021", Rule.CHECK_DIGIT);
    }

    @Test
    void a_lower_case_x_is_accepted_as_X() {
        assertThat(NationalId.parse("11010519491231002x").value()).isEqualTo(SAMPLE);
    }

    @Test
    void every_rule_has_its_own_refusal() {
        assertRule("  ", Rule.BLANK);
        assertRule("１１０１０５１９４９１２３１００２Ｘ", Rule.FULL_WIDTH_DIGITS);
        assertRule("11010519491231002", Rule.LENGTH);
        assertRule("1101051949123100AX", Rule.CHARACTERS);
        assertRule(withCheckDigit("99010519491231002"), Rule.REGION);
        assertRule(withCheckDigit("11010519490230002"), Rule.BIRTH_DATE);
        assertRule(withCheckDigit("11010518991231002"), Rule.BIRTH_DATE);
        assertRule(withCheckDigit("11010520991231002"), Rule.BIRTH_DATE);
    }

    @Test
    void february_29_exists_only_in_leap_years() {
        assertThat(NationalId.parse(withCheckDigit("11010520000229001")).birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
        assertRule(withCheckDigit("11010519000229001"), Rule.BIRTH_DATE);
        assertRule(withCheckDigit("11010520230229001"), Rule.BIRTH_DATE);
    }

    @Test
    void the_seventeenth_digit_gives_the_gender() {
        assertThat(NationalId.parse(withCheckDigit("61030219900307123")).gender()).isEqualTo(Gender.MALE);
        assertThat(NationalId.parse(withCheckDigit("61030219900307124")).gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void composed_ids_are_valid_and_match_gender_and_birth_date() {
        for (int seq = 0; seq < 1000; seq += 37) {
            for (Gender gender : Gender.values()) {
                NationalId id = NationalId.compose("610302", LocalDate.of(1985, 6, 15), seq, gender);
                assertThat(NationalId.parse(id.value())).isEqualTo(id);
                assertThat(id.gender()).isEqualTo(gender);
                assertThat(id.birthDate()).isEqualTo(LocalDate.of(1985, 6, 15));
            }
        }
    }

    @Test
    void the_number_never_shows_in_clear_in_text_or_errors() {
        NationalId id = NationalId.parse(SAMPLE);
        assertThat(id.toString()).isEqualTo("110105********002X").doesNotContain("19491231");
        assertThat(id.masked()).isEqualTo(id.toString());
        assertThatThrownBy(() -> NationalId.parse("110105194912310021"))
                .hasMessageNotContaining("194912310021")
                .satisfies(e -> assertThat(((InvalidNationalIdException) e).messageZh())
                        .contains("校验位").doesNotContain("19491231"));
    }

    private static String withCheckDigit(String first17) {
        return first17 + NationalId.checkDigit(first17);
    }

    private static void assertRule(String raw, Rule rule) {
        assertThatThrownBy(() -> NationalId.parse(raw)).isInstanceOf(InvalidNationalIdException.class)
                .satisfies(e -> assertThat(((InvalidNationalIdException) e).rule()).isEqualTo(rule));
    }
}
