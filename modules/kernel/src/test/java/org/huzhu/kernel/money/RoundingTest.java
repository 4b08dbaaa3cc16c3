package org.huzhu.kernel.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RoundingTest {

    @Test
    void half_a_fen_rounds_up_to_the_fen() {
        // 0.01 yuan x 0.5 = 0.005 yuan: half up gives 0.01.
        assertThat(Money.ofYuan("0.01").times(new BigDecimal("0.5"), Rounding.TO_FEN)).isEqualTo(Money.ofYuan("0.01"));
        assertThat(Money.ofYuan("0.01").times(new BigDecimal("0.49"), Rounding.TO_FEN)).isEqualTo(Money.ZERO);
        assertThat(Money.ofYuan("-0.01").times(new BigDecimal("0.5"), Rounding.TO_FEN)).isEqualTo(Money.ofYuan("-0.01"));
    }

    @Test
    void whole_yuan_drops_or_rounds_the_fen() {
        assertThat(Rounding.downToYuan(Money.ofYuan("1234.99"))).isEqualTo(Money.ofYuan("1234"));
        assertThat(Rounding.downToYuan(Money.ofYuan("-1234.99"))).isEqualTo(Money.ofYuan("-1234"));
        assertThat(Rounding.halfUpToYuan(Money.ofYuan("10.50"))).isEqualTo(Money.ofYuan("11"));
        assertThat(Rounding.halfUpToYuan(Money.ofYuan("10.49"))).isEqualTo(Money.ofYuan("10"));
    }
}
