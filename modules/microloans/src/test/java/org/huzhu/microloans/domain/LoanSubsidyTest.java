package org.huzhu.microloans.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.huzhu.microloans.api.SubsidyStatus;
import org.huzhu.tenancy.api.Refused;
import org.junit.jupiter.api.Test;

/** The subsidy's conditional changes: each acts only from the state it expects, so nothing is paid twice. */
class LoanSubsidyTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 4, 2, 10, 0);

    static LoanSubsidy computed(long fen) {
        return new LoanSubsidy(1, 7, "/1/", SettlementPeriod.quarter("2026Q1"), fen, "{}", "clerk-a", NOW);
    }

    @Test
    void whoever_computed_it_cannot_approve_it() {
        LoanSubsidy s = computed(50_000);
        assertThatThrownBy(() -> s.approve("clerk-a", NOW)).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.key()).isEqualTo("microloans.refused.secondPerson"));
        s.approve("clerk-b", NOW);
        assertThat(s.status()).isEqualTo(SubsidyStatus.APPROVED);
        assertThatThrownBy(() -> s.approve("clerk-c", NOW)).isInstanceOf(Refused.class);
    }

    @Test
    void nothing_owed_is_recorded_and_never_approved() {
        LoanSubsidy s = computed(0);
        assertThat(s.status()).isEqualTo(SubsidyStatus.NOTHING_OWED);
        assertThatThrownBy(() -> s.approve("clerk-b", NOW)).isInstanceOf(Refused.class);
        assertThat(s.schedule(5)).isFalse();
    }

    @Test
    void only_an_approved_subsidy_goes_on_a_run_and_only_once() {
        LoanSubsidy s = computed(50_000);
        assertThat(s.schedule(5)).as("not approved yet").isFalse();
        s.approve("clerk-b", NOW);
        assertThat(s.schedule(5)).isTrue();
        assertThat(s.schedule(6)).as("taken by run 5").isFalse();
        assertThat(s.runId()).isEqualTo(5L);
    }

    @Test
    void paid_only_on_its_own_run_and_only_once() {
        LoanSubsidy s = computed(50_000);
        s.approve("clerk-b", NOW);
        s.schedule(5);
        assertThat(s.markPaid(6, LocalDate.of(2026, 4, 10))).isFalse();
        assertThat(s.markPaid(5, LocalDate.of(2026, 4, 10))).isTrue();
        assertThat(s.markPaid(5, LocalDate.of(2026, 4, 11))).isFalse();
        assertThat(s.markFailed(5, "account closed")).isFalse();
        assertThat(s.paidOn()).isEqualTo(LocalDate.of(2026, 4, 10));
    }

    @Test
    void a_failed_payment_goes_back_for_the_next_run() {
        LoanSubsidy s = computed(50_000);
        s.approve("clerk-b", NOW);
        s.schedule(5);
        assertThat(s.markFailed(5, "账户已销户")).isTrue();
        assertThat(s.markPaid(5, LocalDate.of(2026, 4, 10))).isFalse();
        s.retry();
        assertThat(s.schedule(7)).isTrue();
        assertThat(s.markPaid(7, LocalDate.of(2026, 4, 17))).isTrue();
    }

    @Test
    void an_approved_subsidy_is_not_computed_again() {
        LoanSubsidy s = computed(50_000);
        s.recompute(40_000, "{}", "clerk-a", NOW);
        assertThat(s.amountFen()).isEqualTo(40_000L);
        s.approve("clerk-b", NOW);
        assertThatThrownBy(() -> s.recompute(1, "{}", "clerk-a", NOW)).isInstanceOf(Refused.class);
    }
}
