package org.huzhu.kernel.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
    void composed_ids_agree_with_an_independent_iso_7064_computation() {
        // ISO 7064 MOD 11-2 in its textbook form: weights 2^(17-i) mod 11, check value (12 - sum mod 11) mod 11.
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 2_000; n++) {
            LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(20_000));
            Gender gender = random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
            NationalId id = NationalId.compose("1101" + String.format("%02d", 1 + random.nextInt(16)), birth,
                    random.nextInt(1000), gender);
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += (id.value().charAt(i) - '0') * (1 << (17 - i)) % 11;
            }
            int check = (12 - sum % 11) % 11;
            assertThat(id.value().charAt(17)).isEqualTo(check == 10 ? 'X' : (char) ('0' + check));
            assertThat(id.value().substring(6, 14)).isEqualTo(birth.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
            assertThat((id.value().charAt(16) - '0') % 2 == 1).isEqualTo(gender == Gender.MALE);
        }
    }

    @Test
    void other_published_samples_are_valid() {
        // Wikipedia's sample has a correct check digit but a birth year (1880) this system refuses.
        assertThat(NationalId.checkDigit("44052418800101001")).isEqualTo('4');
        assertRule("440524188001010014", Rule.BIRTH_DATE);
        assertThat(NationalId.parse("11010519491231002X").gender()).isEqualTo(Gender.FEMALE);
        assertThat(NationalId.parse(" 11010519491231002X ").value()).isEqualTo(SAMPLE);
    }

    @Test
    void compose_refuses_arguments_that_cannot_make_an_id() {
        assertThatThrownBy(() -> NationalId.compose("1101", LocalDate.of(1990, 1, 1), 1, Gender.MALE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("6 digits");
        assertThatThrownBy(() -> NationalId.compose("990101", LocalDate.of(1990, 1, 1), 1, Gender.MALE))
                .isInstanceOf(InvalidNationalIdException.class);
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
        assertRule("11010519491231002Y", Rule.CHARACTERS);
        assertRule("11010519491231002Ｘ", Rule.FULL_WIDTH_DIGITS);
        assertRule(withCheckDigit("99010519491231002"), Rule.REGION);
        assertRule(withCheckDigit("11010519490230002"), Rule.BIRTH_DATE);
        assertRule(withCheckDigit("11010518991231002"), Rule.BIRTH_DATE);
        assertRule(withCheckDigit("11010520991231002"), Rule.BIRTH_DATE);
        assertRule(withCheckDigit("11010519901301002"), Rule.BIRTH_DATE);
    }

    @Test
    void february_29_exists_only_in_leap_years() {
        assertThat(NationalId.parse(withCheckDigit("11010520000229001")).birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
        assertRule(withCheckDigit("11010519000229001"), Rule.BIRTH_DATE);
        assertRule(withCheckDigit("11010520230229001"), Rule.BIRTH_DATE);
        assertThat(NationalId.parse(withCheckDigit("11010519960229001")).birthDate()).isEqualTo(LocalDate.of(1996, 2, 29));
        assertRule(withCheckDigit("11010519960230001"), Rule.BIRTH_DATE);
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        assertRule(withCheckDigit("110105" + tomorrow.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + "001"),
                Rule.BIRTH_DATE);
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
        InvalidNationalIdException e = catchThrowableOfType(InvalidNationalIdException.class,
                () -> NationalId.parse("110105194912310021"));
        assertThat(e.messageEn()).isEqualTo(e.getMessage()).contains("110105********0021");
        assertThat(e.messageZh()).contains("110105********0021");
        assertThat(catchThrowableOfType(InvalidNationalIdException.class, () -> NationalId.parse("１１０"))
                .messageZh()).contains("全角");
    }

    private static String withCheckDigit(String first17) {
        return first17 + NationalId.checkDigit(first17);
    }

    private static void assertRule(String raw, Rule rule) {
        assertThatThrownBy(() -> NationalId.parse(raw)).isInstanceOf(InvalidNationalIdException.class)
                .satisfies(e -> assertThat(((InvalidNationalIdException) e).rule()).isEqualTo(rule));
    }
}
