package org.huzhu.enrolment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.huzhu.tenancy.api.JobFailure;
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

    @Test
    void a_list_that_failed_on_a_passing_problem_is_retried_where_it_stopped_and_a_refused_value_is_not() {
        EnrolmentImport job = new EnrolmentImport(1, "BJ-DC-001", TERM, "list.csv", FileKind.CSV, new byte[32], "clerk");
        job.checked(2_000, 2_000, 0, 0);
        job.failed(JobFailure.of(JobFailure.Reason.RETRIES_EXHAUSTED));
        assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(job.failure()).isEqualTo("RETRIES_EXHAUSTED");
        job.retry();
        assertThat(job.status()).isEqualTo(ImportStatus.CHECKING);
        assertThat(job.failure()).isNull();

        job.checkFinished(2_000);
        job.submit("clerk");
        job.failed(new JobFailure(JobFailure.Reason.VALUE_REFUSED, "name"));
        assertThatThrownBy(job::retry).isInstanceOf(IllegalStateException.class).hasMessageContaining("corrected file");
    }

    @Test
    void an_error_quoting_a_huge_cell_is_cut_to_its_columns() {
        Object[] values = ImportError.values(1, 0, new RowError(2, "plan", "UNKNOWN_PLAN",
                "保障计划" + "x".repeat(10_000) + "不存在", "no plan " + "x".repeat(10_000)));
        assertThat(((String) values[5]).length()).isLessThanOrEqualTo(300);
        assertThat(((String) values[6]).length()).isLessThanOrEqualTo(300);
    }
}
