package org.huzhu.enrolment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An import's steps in order, and the day cover starts: the later of the term start and full payment. */
class EnrolmentImportTest {

    private static final LocalDate TERM = LocalDate.of(2027, 1, 1);

    private static EnrolmentImport checkedWithFee(long feeFen) {
        EnrolmentImport job = new EnrolmentImport(1, "BJ-DC-001", TERM, "list.csv", FileKind.CSV, new byte[32], "clerk");
        job.counted(3);
        job.checked(3, 3, 0, feeFen);
        job.checkFinished(3);
        return job;
    }

    @Test
    void cover_starts_on_the_term_start_when_the_fee_is_paid_in_full_before_it() {
        EnrolmentImport job = checkedWithFee(9_000);
        job.submit("clerk");
        job.submitFinished();
        assertThat(job.paid(9_000, LocalDate.of(2026, 12, 15))).isEqualTo(TERM);
    }

    @Test
    void a_payment_in_part_starts_no_cover_and_the_last_part_starts_it_on_its_day() {
        EnrolmentImport job = checkedWithFee(9_000);
        job.submit("clerk");
        job.submitFinished();
        assertThat(job.paid(5_000, LocalDate.of(2026, 12, 15))).isNull();
        assertThat(job.paid(4_000, LocalDate.of(2027, 2, 3))).isEqualTo(LocalDate.of(2027, 2, 3));
        assertThat(job.paidInFullOn()).isEqualTo(LocalDate.of(2027, 2, 3));
        assertThat(job.paid(100, LocalDate.of(2027, 3, 1))).as("an overpayment moves nothing").isNull();
    }

    @Test
    void a_list_is_submitted_once_and_paid_only_after_it() {
        EnrolmentImport job = checkedWithFee(9_000);
        assertThatThrownBy(() -> job.paid(9_000, TERM)).isInstanceOf(IllegalStateException.class);
        job.submit("clerk");
        assertThatThrownBy(() -> job.submit("clerk")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_payment_is_more_than_nothing() {
        assertThatThrownBy(() -> new EnrolmentPayment(1, 0, TERM, null, "admin"))
                .hasMessageContaining("amount");
    }
}
