package org.huzhu.tenancy.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

/** Which failures a transaction is run again for: the database's conflicts, however deeply wrapped, and no other. */
class ConflictsTest {

    @Test
    void a_deadlock_or_a_galera_abort_is_a_conflict_however_it_is_wrapped() {
        SQLException deadlock = new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001",
                1213);
        assertThat(Conflicts.isConflict(deadlock)).isTrue();
        assertThat(Conflicts.isConflict(new IllegalStateException("bulk insert into report_day failed",
                new RuntimeException("commit", deadlock)))).isTrue();
        assertThat(Conflicts.isConflict(new SQLException("serialization failure", "40001", 0))).isTrue();
        RuntimeException rollback = new RuntimeException("transaction rolled back");
        rollback.addSuppressed(deadlock);
        assertThat(Conflicts.isConflict(rollback)).as("reported as suppressed at commit").isTrue();
    }

    @Test
    void a_lock_wait_timeout_a_duplicate_or_a_plain_failure_is_not() {
        assertThat(Conflicts.isConflict(new SQLException("Lock wait timeout exceeded", "HY000", 1205))).isFalse();
        assertThat(Conflicts.isConflict(new SQLException("Duplicate entry", "23000", 1062))).isFalse();
        assertThat(Conflicts.isConflict(new IllegalArgumentException("bad file"))).isFalse();
        assertThat(Conflicts.isConflict(null)).isFalse();
    }
}
