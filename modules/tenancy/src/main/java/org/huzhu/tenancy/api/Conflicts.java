package org.huzhu.tenancy.api;

import java.sql.SQLException;
import java.util.function.Predicate;

/**
 * Whether a failure is the database refusing a transaction for a conflict with another, which the same work run
 * again may pass: MySQL's and MariaDB's deadlock (1213, which is also how Galera reports a transaction aborted by
 * another node's: a brute-force abort or a failed certification) and SQL state 40001 (serialization failure). Not a
 * lock wait timeout (1205: the other transaction may hold on for long), nor an optimistic lock failure (a user's
 * stale edit, theirs to redo), nor anything else.
 */
public final class Conflicts {

    static final int DEADLOCK = 1213;

    private Conflicts() {
    }

    public static boolean isConflict(Throwable failure) {
        return anySql(failure, sql -> sql.getErrorCode() == DEADLOCK || "40001".equals(sql.getSQLState()));
    }

    /**
     * Whether the failure is (caused by) a connection the database or the network closed (SQL state class 08): not a
     * conflict, as a commit may have got through before the break.
     */
    public static boolean isConnectionLost(Throwable failure) {
        return anySql(failure, sql -> sql.getSQLState() != null && sql.getSQLState().startsWith("08"));
    }

    /** Whether an SQLException in the failure's causes, or suppressed by one (as at commit), is such a one. */
    private static boolean anySql(Throwable failure, Predicate<SQLException> such) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && such.test(sql)) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (anySql(suppressed, such)) {
                    return true;
                }
            }
        }
        return false;
    }
}
