package org.huzhu.app.incontainer;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.huzhu.tenancy.api.RetriedOnConflict;

/**
 * Two transactions that cross: each adds one to its first row, waits until the other holds its own first row, then
 * adds one to the other's, so the database must refuse one of them (a deadlock, 1213, as Galera refuses a
 * certification conflict). The same work with and without {@link RetriedOnConflict} (ConflictRetryIT).
 */
@ApplicationScoped
public class CrossedRows {

    static final String TABLE = "conflict_retry_it";

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    private final AtomicInteger attempts = new AtomicInteger();

    @RetriedOnConflict
    @Transactional
    public void retried(long first, long second, CountDownLatch bothHoldOne) {
        cross(first, second, bothHoldOne);
    }

    @Transactional
    public void notRetried(long first, long second, CountDownLatch bothHoldOne) {
        cross(first, second, bothHoldOne);
    }

    private void cross(long first, long second, CountDownLatch bothHoldOne) {
        attempts.incrementAndGet();
        addOne(first);
        bothHoldOne.countDown();
        try {
            bothHoldOne.await(10, TimeUnit.SECONDS); // at once in a retry: the latch is open by then
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        addOne(second);
    }

    /**
     * A transaction whose connection the database closes in its middle (as when its node goes away): the connection
     * kills itself (on a cluster, another connection could be on another node, where its id means nothing), then
     * row 1 is updated on it, which fails.
     */
    @Transactional
    public void onAConnectionTheDatabaseClosed() {
        try (Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("KILL CONNECTION CONNECTION_ID()");
        } catch (SQLException killed) {
            // The database answers the KILL of its own connection with 70100 (interrupted): the next statement then
            // fails on the closed connection. Through HAProxy the connection may drop before that answer: the KILL
            // itself fails with the lost link, and that is this transaction's failure.
            if (!"70100".equals(killed.getSQLState())) {
                throw new IllegalStateException("the connection broke off", killed);
            }
        }
        addOne(1);
    }

    /** The two rows, each at 0 (the table made the first time). */
    public void twoRows() throws SQLException {
        try (Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (id BIGINT PRIMARY KEY, n INT NOT NULL) ENGINE=InnoDB");
            s.execute("DELETE FROM " + TABLE);
            s.execute("INSERT INTO " + TABLE + " VALUES (1, 0), (2, 0)");
        }
        attempts.set(0);
    }

    public int count(long id) throws SQLException {
        try (Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery("SELECT n FROM " + TABLE + " WHERE id = " + id)) {
            r.next();
            return r.getInt(1);
        }
    }

    /** Attempts made since the rows were set (read through the bean, never a proxy's field). */
    public int attempts() {
        return attempts.get();
    }

    public void drop() throws SQLException {
        try (Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + TABLE);
        }
    }

    private void addOne(long id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE " + TABLE + " SET n = n + 1 WHERE id = ?")) {
            s.setLong(1, id);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("update of row " + id + " failed", e);
        }
    }
}
