package org.huzhu.relief.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.huzhu.relief.api.ApplicationStatus;
import org.huzhu.relief.api.ReliefKind;
import org.junit.jupiter.api.Test;

/** An application goes up the levels one step at a time, each by a new person; payment steps are conditional. */
class ReliefApplicationLevelsTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 3, 2, 9, 0);
    private static final List<String> COMMITTEE = List.of("王主任", "李委员", "赵委员");

    private static ReliefApplication filed() {
        return new ReliefApplication(7, "张三", "/1/2/3/", ReliefKind.MAJOR_ILLNESS, "LEUKAEMIA", 3_500_000, 0, 0,
                ReliefFormula.majorIllness(3_500_000), "grassroots", AT);
    }

    @Test
    void the_grassroots_clerk_files_the_agency_checks_the_committee_decides() {
        ReliefApplication application = filed();
        assertThat(application.decide("admin", 1_750_000L, COMMITTEE, "符合条件", AT)).as("not before the check").isFalse();
        assertThat(application.check("agency", true, "情况属实", AT)).isTrue();
        assertThat(application.check("agency", true, "again", AT)).isFalse();
        assertThat(application.decide("admin", 1_750_000L, COMMITTEE, "符合条件", AT)).isTrue();
        assertThat(application.status()).isEqualTo(ApplicationStatus.GRANTED);
        assertThat(application.committee()).containsExactlyElementsOf(COMMITTEE);
        assertThat(application.decide("admin", 1L, COMMITTEE, "again", AT)).isFalse();
    }

    @Test
    void nobody_takes_two_steps_of_one_case() {
        ReliefApplication application = filed();
        assertThat(application.check("grassroots", true, null, AT)).isFalse();
        application.check("agency", true, null, AT);
        assertThat(application.decide("agency", 100L, COMMITTEE, "x", AT)).isFalse();
        assertThat(application.decide("grassroots", 100L, COMMITTEE, "x", AT)).isFalse();
        assertThat(application.status()).isEqualTo(ApplicationStatus.CHECKED);
    }

    @Test
    void a_returned_or_refused_case_is_never_paid() {
        ReliefApplication returned = filed();
        returned.check("agency", false, "材料不全", AT);
        assertThat(returned.status()).isEqualTo(ApplicationStatus.RETURNED);
        assertThat(returned.schedule(1)).isFalse();
        ReliefApplication refused = filed();
        refused.check("agency", true, null, AT);
        refused.decide("admin", null, COMMITTEE, "不符合条件", AT);
        assertThat(refused.status()).isEqualTo(ApplicationStatus.REFUSED);
        assertThat(refused.schedule(1)).isFalse();
    }

    @Test
    void a_grant_is_taken_by_one_payout_run_and_paid_once() {
        ReliefApplication application = filed();
        application.check("agency", true, null, AT);
        application.decide("admin", 1_750_000L, COMMITTEE, "符合条件", AT);
        assertThat(application.schedule(5)).isTrue();
        assertThat(application.schedule(6)).isFalse();
        assertThat(application.markPaid(6, LocalDate.of(2026, 3, 6))).isFalse();
        assertThat(application.markPaid(5, LocalDate.of(2026, 3, 6))).isTrue();
        assertThat(application.markPaid(5, LocalDate.of(2026, 3, 7))).isFalse();
        assertThat(application.markFailed(5, "closed")).isFalse();
        assertThat(application.paidOn()).isEqualTo(LocalDate.of(2026, 3, 6));
    }

    @Test
    void only_a_grant_whose_payment_failed_is_put_back_for_the_next_run() {
        ReliefApplication application = filed();
        application.check("agency", true, null, AT);
        application.decide("admin", 1_750_000L, COMMITTEE, "符合条件", AT);
        assertThat(application.retryPayment()).as("granted, not failed").isFalse();
        application.schedule(5);
        assertThat(application.markFailed(5, "账户冻结")).isTrue();
        assertThat(application.retryPayment()).isTrue();
        assertThat(application.retryPayment()).as("once").isFalse();
        assertThat(application.status()).isEqualTo(ApplicationStatus.GRANTED);
        assertThat(application.schedule(7)).isTrue();
        assertThat(application.markPaid(7, LocalDate.of(2026, 3, 13))).isTrue();
        assertThat(application.retryPayment()).as("paid").isFalse();
    }

    @Test
    void caps_follow_the_kind_of_case() {
        assertThat(filed().capFen()).isEqualTo(5_000_000);
        assertThat(new ReliefApplication(1, "x", "/", ReliefKind.DISASTER, null, 0, 1_000_000, 100_000, 700_000, "g", AT)
                .capFen()).isEqualTo(1_000_000);
    }
}
