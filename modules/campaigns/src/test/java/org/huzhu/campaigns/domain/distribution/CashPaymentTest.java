package org.huzhu.campaigns.domain.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.huzhu.campaigns.api.distribution.CashState;
import org.junit.jupiter.api.Test;

class CashPaymentTest {

    @Test
    void a_confirmed_cash_hand_out_is_scheduled_once_and_then_paid_or_failed_once() {
        CashState s = CashPayment.SCHEDULE.apply(CashState.CONFIRMED);
        assertThat(s).isEqualTo(CashState.SCHEDULED);
        assertThat(CashPayment.SCHEDULE.apply(s)).as("a retried run takes it no second time").isEqualTo(CashState.SCHEDULED);
        assertThat(CashPayment.PAY.apply(s)).isEqualTo(CashState.PAID);
        assertThat(CashPayment.FAIL.apply(s)).isEqualTo(CashState.PAYMENT_FAILED);
        assertThat(CashPayment.PAY.apply(CashState.PAID)).isEqualTo(CashState.PAID);
        assertThat(CashPayment.FAIL.apply(CashState.PAID)).as("a paid hand-out stays paid").isEqualTo(CashState.PAID);
    }

    @Test
    void only_a_failed_payment_is_retried_and_it_is_confirmed_again_for_the_next_run() {
        assertThat(CashPayment.table(CashPayment.RETRY)).containsEntry(CashState.PAYMENT_FAILED, CashState.CONFIRMED)
                .containsEntry(CashState.SCHEDULED, CashState.SCHEDULED).containsEntry(CashState.PAID, CashState.PAID)
                .containsEntry(CashState.CONFIRMED, CashState.CONFIRMED);
        assertThat(CashPayment.SCHEDULE.apply(CashPayment.RETRY.apply(CashState.PAYMENT_FAILED)))
                .isEqualTo(CashState.SCHEDULED);
    }

    @Test
    void goods_and_unscheduled_hand_outs_are_never_paid() {
        for (CashPayment change : CashPayment.values()) {
            assertThat(change.apply(CashState.NOT_CASH)).isEqualTo(CashState.NOT_CASH);
        }
        assertThat(CashPayment.PAY.apply(CashState.CONFIRMED)).isEqualTo(CashState.CONFIRMED);
        assertThat(CashPayment.table(CashPayment.PAY)).containsEntry(CashState.SCHEDULED, CashState.PAID)
                .containsEntry(CashState.PAYMENT_FAILED, CashState.PAYMENT_FAILED);
    }
}
