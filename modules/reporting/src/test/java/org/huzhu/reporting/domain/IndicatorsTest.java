package org.huzhu.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndicatorsTest {

    @Test
    void the_direct_to_card_rate_is_paid_among_settled_payments_rounded_to_a_tenth() {
        Indicators i = new Indicators(Map.of(Figure.PAYMENTS_PAID, new Indicators.Amount(68_965, 9_034_000_000L),
                Figure.PAYMENTS_FAILED, new Indicators.Amount(1_200, 1L)));
        assertThat(i.directToCardPercent()).isEqualByComparingTo(new BigDecimal("98.3"));
    }

    @Test
    void shares_of_nothing_paid_are_unknown_not_zero() {
        assertThat(Indicators.none().paidByDuePercent()).isNull();
        assertThat(Indicators.none().directToCardPercent()).isNull();
    }

    @Test
    void growth_is_this_period_less_last_year_to_the_fen() {
        Indicators now = new Indicators(Map.of(Figure.CLAIMS_PAID, new Indicators.Amount(2_834_000, 46_500_000_000L)));
        Indicators before = new Indicators(Map.of(Figure.CLAIMS_PAID, new Indicators.Amount(2_656_000, 44_100_000_000L)));
        assertThat(now.minus(before).of(Figure.CLAIMS_PAID)).isEqualTo(new Indicators.Amount(178_000, 2_400_000_000L));
        assertThat(now.minus(before).of(Figure.ENROLMENTS)).isEqualTo(Indicators.Amount.ZERO);
    }
}
