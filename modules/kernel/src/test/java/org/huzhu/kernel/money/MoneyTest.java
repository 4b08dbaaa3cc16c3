package org.huzhu.kernel.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void yuan_text_is_held_exactly_in_fen() {
        assertThat(Money.ofYuan("1234.5").fen()).isEqualTo(123_450);
        assertThat(Money.ofYuan("0.01").fen()).isEqualTo(1);
        assertThat(Money.ofYuan("108800").toString()).isEqualTo("108800.00");
        assertThat(Money.ofYuan("-3.10").fen()).isEqualTo(-310);
    }

    @Test
    void an_amount_with_a_fraction_of_a_fen_is_refused_not_rounded() {
        assertThatThrownBy(() -> Money.ofYuan("0.005")).hasMessageContaining("two decimals");
        assertThatThrownBy(() -> Money.ofYuan("abc")).hasMessageContaining("not an amount");
        assertThatThrownBy(() -> Money.ofYuan(" ")).hasMessageContaining("required");
    }

    @Test
    void a_big_decimal_is_taken_exactly_and_trailing_zeros_do_not_count_as_decimals() {
        assertThat(Money.ofYuan(new BigDecimal("12.300")).fen()).isEqualTo(1_230);
        assertThat(Money.ofYuan(new BigDecimal("1E+3")).fen()).isEqualTo(100_000);
        assertThatThrownBy(() -> Money.ofYuan(new BigDecimal("12.345")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("12.345");
        assertThat(Money.ofFen(-5).toYuan()).isEqualByComparingTo("-0.05");
        assertThat(Money.ofFen(700).toYuan().scale()).isEqualTo(2);
        assertThat(Money.ofFen(-5)).hasToString("-0.05");
    }

    @Test
    void adding_tenths_never_drifts_as_double_would() {
        Money sum = Money.ZERO;
        for (int i = 0; i < 10; i++) {
            sum = sum.plus(Money.ofYuan("0.10"));
        }
        assertThat(sum).isEqualTo(Money.ofYuan("1.00"));
    }

    @Test
    void shares_round_to_the_fen_by_the_rule_given() {
        Money base = Money.ofYuan("10.05");
        assertThat(base.times(new BigDecimal("0.5"), RoundingMode.HALF_UP)).isEqualTo(Money.ofFen(503));
        assertThat(base.times(new BigDecimal("0.5"), RoundingMode.DOWN)).isEqualTo(Money.ofFen(502));
        assertThat(base.times(new BigDecimal("0.5"), RoundingMode.HALF_EVEN)).isEqualTo(Money.ofFen(502));
        assertThat(Money.ofYuan("108800").percent(new BigDecimal("35"), RoundingMode.HALF_UP))
                .isEqualTo(Money.ofYuan("38080"));
        assertThat(Money.ofFen(1).percent(new BigDecimal("50"), RoundingMode.HALF_UP)).isEqualTo(Money.ofFen(1));
        assertThat(Money.ofFen(-5).times(new BigDecimal("0.5"), RoundingMode.HALF_UP)).isEqualTo(Money.ofFen(-3));
    }

    @Test
    void overflow_throws_instead_of_wrapping() {
        assertThatThrownBy(() -> Money.ofFen(Long.MAX_VALUE).plus(Money.ofFen(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofFen(Long.MAX_VALUE).times(2)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofFen(Long.MIN_VALUE).minus(Money.ofFen(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofFen(Long.MAX_VALUE).times(new BigDecimal("1.5"), RoundingMode.HALF_UP))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofYuan("999999999999999999")).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void comparisons_and_formatting() {
        Money a = Money.ofYuan("5000");
        Money b = Money.ofYuan("4999.99");
        assertThat(a.min(b)).isEqualTo(b);
        assertThat(a.max(b)).isEqualTo(a);
        assertThat(b.minus(a).isNegative()).isTrue();
        assertThat(a.minus(a).isZero()).isTrue();
        assertThat(Money.ofYuan("1234567.8").format(Locale.SIMPLIFIED_CHINESE)).isEqualTo("¥1,234,567.80");
        assertThat(Money.ofYuan("-2").format(Locale.ENGLISH)).isEqualTo("-¥2.00");
    }
}
