package org.huzhu.payouts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PayoutScheduleTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    @Test
    void friday_when_the_tenant_has_no_policy_or_a_bad_weekday() {
        assertThat(PayoutSchedule.payoutDay(null)).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(PayoutSchedule.payoutDay("someday")).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(PayoutSchedule.payoutDay("tuesday")).isEqualTo(DayOfWeek.TUESDAY);
    }

    @Test
    void a_run_is_due_on_the_payout_day_once() {
        assertThat(PayoutSchedule.due(FRIDAY, null, false)).isTrue();
        assertThat(PayoutSchedule.due(FRIDAY, null, true)).isFalse();
        assertThat(PayoutSchedule.due(FRIDAY.minusDays(1), null, false)).isFalse();
        assertThat(PayoutSchedule.due(FRIDAY.minusDays(3), "TUESDAY", false)).isTrue();
    }
}
