package org.huzhu.relief.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.huzhu.relief.api.AidGroup;
import org.junit.jupiter.api.Test;

/**
 * The payout side's steps on an aid line are conditional on the state they expect, so a payout run retried or
 * resumed after a crash (or a second run gathering at the same time) takes and pays a line once.
 */
class AidLinePaymentStepsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 6);

    private static AidLine line(boolean withinBudget) {
        AidRule.Case member = new AidRule.Case(7, "张三", "/1/2/", 500_000, 100_000, java.util.Set.of(AidGroup.HARDSHIP));
        return new AidLine(1, new AidRule.Line(1, member, 80_000, withinBudget, List.of()));
    }

    @Test
    void a_line_is_payable_only_once_its_run_is_approved() {
        AidLine line = line(true);
        assertThat(line.status()).isEqualTo(AidLineStatus.COMPUTED);
        assertThat(line.schedule(10)).isFalse();
        assertThat(line.approve()).isTrue();
        assertThat(line.approve()).isFalse();
        assertThat(line.schedule(10)).isTrue();
        assertThat(line.status()).isEqualTo(AidLineStatus.SCHEDULED);
    }

    @Test
    void a_line_cut_by_the_budget_is_never_approved_nor_scheduled() {
        AidLine line = line(false);
        assertThat(line.status()).isEqualTo(AidLineStatus.CUT);
        assertThat(line.approve()).isFalse();
        assertThat(line.schedule(10)).isFalse();
    }

    @Test
    void a_scheduled_line_is_not_taken_by_a_second_run_nor_again_by_its_own() {
        AidLine line = line(true);
        line.approve();
        assertThat(line.schedule(10)).isTrue();
        assertThat(line.schedule(11)).isFalse();
        assertThat(line.schedule(10)).isFalse();
        assertThat(line.payoutRunId()).isEqualTo(10L);
    }

    @Test
    void only_the_run_that_scheduled_a_line_pays_it_and_only_once() {
        AidLine line = line(true);
        line.approve();
        line.schedule(10);
        assertThat(line.markPaid(11, DAY)).isFalse();
        assertThat(line.markPaid(10, DAY)).isTrue();
        assertThat(line.markPaid(10, DAY.plusDays(1))).isFalse();
        assertThat(line.markFailed(10, "card closed")).isFalse();
        assertThat(line.status()).isEqualTo(AidLineStatus.PAID);
        assertThat(line.paidOn()).isEqualTo(DAY);
    }

    @Test
    void a_failed_payment_keeps_the_banks_reason_and_is_not_marked_paid_afterwards() {
        AidLine line = line(true);
        line.approve();
        line.schedule(10);
        assertThat(line.markFailed(10, "账户已销户")).isTrue();
        assertThat(line.markFailed(10, "again")).isFalse();
        assertThat(line.markPaid(10, DAY)).isFalse();
        assertThat(line.status()).isEqualTo(AidLineStatus.PAYMENT_FAILED);
        assertThat(line.failReason()).isEqualTo("账户已销户");
    }

    @Test
    void only_a_failed_payment_is_retried_and_the_next_run_takes_the_line_again() {
        AidLine line = line(true);
        line.approve();
        assertThat(line.retryPayment()).as("approved, not failed").isFalse();
        line.schedule(10);
        assertThat(line.retryPayment()).as("scheduled, not failed").isFalse();
        line.markFailed(10, "账户已销户");
        assertThat(line.retryPayment()).isTrue();
        assertThat(line.retryPayment()).as("once").isFalse();
        assertThat(line.status()).isEqualTo(AidLineStatus.APPROVED);
        assertThat(line.markPaid(10, DAY)).as("the failed run pays it no more").isFalse();
        assertThat(line.schedule(12)).isTrue();
        assertThat(line.markPaid(12, DAY)).isTrue();
        assertThat(line.retryPayment()).as("paid").isFalse();
    }

    @Test
    void the_bulk_insert_values_follow_the_columns() {
        AidLine line = line(true);
        assertThat(line.values()).hasSize(AidLine.COLUMNS.size());
        assertThat(line.values()[5]).isEqualTo("HARDSHIP");
        assertThat(line.values()[8]).isEqualTo(400_000L);
        assertThat(line.values()[12]).isEqualTo("COMPUTED");
    }
}
