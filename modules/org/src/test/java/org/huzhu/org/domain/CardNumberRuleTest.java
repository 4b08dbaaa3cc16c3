package org.huzhu.org.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.huzhu.tenancy.api.Refused;
import org.junit.jupiter.api.Test;

class CardNumberRuleTest {

    @Test
    void sixteen_to_nineteen_digits_are_a_card_number() {
        assertThat(CardNumberRule.normalise("6215123412341234")).isEqualTo("6215123412341234");
        assertThat(CardNumberRule.normalise("6215123412341234567")).isEqualTo("6215123412341234567");
    }

    @Test
    void spaces_between_groups_are_dropped() {
        assertThat(CardNumberRule.normalise(" 6215 1234 1234 1234 ")).isEqualTo("6215123412341234");
    }

    @Test
    void too_short_too_long_or_not_digits_is_refused_naming_the_field_without_the_number() {
        for (String bad : new String[] {"621512341234123", "62151234123412345678", "6215-1234-1234-1234",
                "621512341234123X"}) {
            assertThatThrownBy(() -> CardNumberRule.normalise(bad)).isInstanceOfSatisfying(Refused.class, r -> {
                assertThat(r.field()).isEqualTo("cardNo");
                assertThat(r.key()).isEqualTo("org.refused.cardDigits");
                assertThat(r.params()).isEmpty();
            }).hasMessageNotContaining("1234");
        }
    }

    @Test
    void a_missing_number_is_refused() {
        assertThatThrownBy(() -> CardNumberRule.normalise(null)).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.field()).isEqualTo("cardNo"));
        assertThatThrownBy(() -> CardNumberRule.normalise("  ")).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.key()).isEqualTo("org.refused.cardRequired"));
    }
}
