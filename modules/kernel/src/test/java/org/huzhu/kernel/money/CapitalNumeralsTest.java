package org.huzhu.kernel.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Capital numerals as the People's Bank rules for bills write them (examples from those rules where they give one). */
class CapitalNumeralsTest {

    private static String yuan(String amount) {
        return CapitalNumerals.of(Money.ofYuan(amount));
    }

    @Test
    void the_usual_amount_is_written_digit_by_digit_with_units() {
        assertThat(yuan("12345.67")).isEqualTo("壹万贰仟叁佰肆拾伍元陆角柒分");
        assertThat(CapitalNumerals.ofFen(1_234_567L)).isEqualTo("壹万贰仟叁佰肆拾伍元陆角柒分");
    }

    @Test
    void zero_and_amounts_below_one_yuan() {
        assertThat(yuan("0.00")).isEqualTo("零元整");
        assertThat(yuan("0.05")).isEqualTo("伍分");
        assertThat(yuan("0.50")).isEqualTo("伍角");
        assertThat(yuan("0.55")).isEqualTo("伍角伍分");
    }

    @Test
    void whole_yuan_end_with_zheng_and_ten_is_yi_shi() {
        assertThat(yuan("10.00")).isEqualTo("壹拾元整");
        assertThat(yuan("1")).isEqualTo("壹元整");
        assertThat(yuan("110")).isEqualTo("壹佰壹拾元整");
        assertThat(yuan("100000")).isEqualTo("壹拾万元整");
        assertThat(yuan("100000000")).isEqualTo("壹亿元整");
    }

    @Test
    void one_ling_stands_for_a_run_of_zeros() {
        assertThat(yuan("10005.07")).isEqualTo("壹万零伍元零柒分");
        assertThat(yuan("6007.14")).isEqualTo("陆仟零柒元壹角肆分");
        assertThat(yuan("1409.50")).isEqualTo("壹仟肆佰零玖元伍角");
        assertThat(yuan("100500")).isEqualTo("壹拾万零伍佰元整");
        assertThat(yuan("10001000")).isEqualTo("壹仟万零壹仟元整");
        assertThat(yuan("100010000")).isEqualTo("壹亿零壹万元整");
        assertThat(yuan("101000000")).isEqualTo("壹亿零壹佰万元整");
        assertThat(yuan("1050000")).isEqualTo("壹佰零伍万元整");
    }

    @Test
    void a_zero_yuan_digit_or_zero_jiao_before_fen_is_marked_with_ling() {
        assertThat(yuan("100000.50")).isEqualTo("壹拾万元零伍角");
        assertThat(yuan("1680.32")).isEqualTo("壹仟陆佰捌拾元零叁角贰分");
        assertThat(yuan("16409.02")).isEqualTo("壹万陆仟肆佰零玖元零贰分");
        assertThat(yuan("325.04")).isEqualTo("叁佰贰拾伍元零肆分");
        // the rules allow a 零 or none at a zero 万 digit and at a zero yuan digit; we always write it
        assertThat(yuan("107000.53")).isEqualTo("壹拾万零柒仟元零伍角叁分");
    }

    @Test
    void negative_amounts_and_the_limit() {
        assertThat(yuan("-3.10")).isEqualTo("负叁元壹角");
        assertThat(yuan("999999999999.99")).isEqualTo("玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分");
        assertThatThrownBy(() -> yuan("1000000000000")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too large");
        assertThatThrownBy(() -> CapitalNumerals.ofFen(Long.MIN_VALUE)).isInstanceOf(IllegalArgumentException.class);
    }
}
