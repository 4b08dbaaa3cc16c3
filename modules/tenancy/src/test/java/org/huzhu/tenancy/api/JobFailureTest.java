package org.huzhu.tenancy.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLDataException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class JobFailureTest {

    @Test
    void a_value_the_database_refuses_fails_the_job_at_once_naming_only_the_column() {
        Exception refused = new PersistenceException("batch failed", new SQLDataException(
                "(conn=12) Data too long for column 'name' at row 7: 张三张三", "22001", 1406));

        JobFailure failure = JobFailure.permanent(refused);

        assertThat(failure.reason()).isEqualTo(JobFailure.Reason.VALUE_REFUSED);
        assertThat(failure.detail()).isEqualTo("name");
        assertThat(failure.retryable()).isFalse();
    }

    @Test
    void a_passing_problem_is_tried_again_and_a_wrong_file_is_not() {
        assertThat(JobFailure.permanent(new PersistenceException(new SQLTransientConnectionException("gone", "08S01"))))
                .isNull();
        assertThat(JobFailure.permanent(new IllegalStateException("lock wait timeout"))).isNull();
        assertThat(JobFailure.permanent(new IllegalArgumentException("line 1: the column name is missing")))
                .isEqualTo(new JobFailure(JobFailure.Reason.FILE_UNREADABLE, "line 1: the column name is missing"));
    }

    @Test
    void what_is_stored_fits_the_column_and_reads_back() {
        JobFailure long_ = new JobFailure(JobFailure.Reason.FILE_UNREADABLE, "x".repeat(10_000));

        assertThat(long_.stored().length()).isLessThanOrEqualTo(JobFailure.MAX_STORED);
        assertThat(JobFailure.parse(long_.stored())).isEqualTo(long_);
        assertThat(JobFailure.parse("RETRIES_EXHAUSTED").retryable()).isTrue();
        assertThat(JobFailure.parse("the grassroots union was removed").reason())
                .isEqualTo(JobFailure.Reason.FILE_UNREADABLE);
        assertThat(JobFailure.parse(null)).isNull();
    }
}
