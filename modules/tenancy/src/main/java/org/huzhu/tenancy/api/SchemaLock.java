package org.huzhu.tenancy.api;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.huzhu.tenancy.api.Leases.LeaseSql;

/**
 * One server at a time brings the schema up to date, whether the servers share one MySQL or sit on different
 * Galera nodes. Flyway's own lock does not hold on Galera: it sees {@code wsrep_on} and locks its history table with
 * {@code SELECT ... FOR UPDATE}, which (like {@code GET_LOCK}) binds the node it runs on only. A lease row does:
 * taking it is a commit, and of two servers committing the same row on different nodes certification lets one
 * through. The table is made here, not by a migration, as it must exist before the first one: {@code CREATE TABLE IF
 * NOT EXISTS} lets every server ask (DDL under Galera runs in one order on every node). The holder renews the lease
 * while it works, so a holder that died frees it within {@link #TTL}.
 */
final class SchemaLock implements AutoCloseable {

    static final String TABLE = "schema_lock";
    static final String NAME = "schema-migrations";
    static final Duration TTL = Duration.ofSeconds(60);
    static final Duration WAIT = Duration.ofMinutes(30);
    private static final Logger LOG = Logger.getLogger(SchemaLock.class.getName());

    private final DataSource dataSource;
    private final String holder;
    private final Duration ttl;
    private final ScheduledExecutorService renewal;

    private SchemaLock(DataSource dataSource, String holder, Duration ttl) {
        this.dataSource = dataSource;
        this.holder = holder;
        this.ttl = ttl;
        this.renewal = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread t = new Thread(work, "schema-lock-renewal");
            t.setDaemon(true); // never what keeps the provisioning tool's JVM alive
            return t;
        });
        long every = ttl.toMillis() / 4;
        renewal.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
    }

    static SchemaLock take(DataSource dataSource) throws SQLException, InterruptedException {
        return take(dataSource, TTL, WAIT);
    }

    /**
     * Waits, up to {@code wait}, until this server holds the lock. The holder is this server and a random part: two
     * servers may share the host and directory (threads of a test, a provisioning run beside the app), and a
     * restarted server has nothing of its last lock to take back (the lease runs out first).
     */
    static SchemaLock take(DataSource dataSource, Duration ttl, Duration wait)
            throws SQLException, InterruptedException {
        String holder = tail(Leases.SERVER, 90) + "#" + UUID.randomUUID().toString().substring(0, 8);
        long deadline = System.nanoTime() + wait.toNanos();
        String waitingFor = null;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true); // each ask commits on its own: that commit is what Galera certifies
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (name VARCHAR(190) NOT NULL PRIMARY KEY,"
                        + " holder VARCHAR(100) NOT NULL, until DATETIME(3) NOT NULL)"
                        + " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
            }
            while (!held(c, holder, ttl)) {
                String other = LeaseSql.holder(c, TABLE, NAME);
                if (waitingFor == null) {
                    LOG.info(() -> "schema migrations are being applied by " + other + "; waiting until it is done"
                            + " (up to " + wait.toMinutes() + " min), then checking the schema");
                }
                waitingFor = other;
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("schema migrations: waited " + wait.toMinutes() + " min for "
                            + other + " to finish them and gave up (it still renews its row `" + NAME + "` of "
                            + TABLE + "); start this server again once they are done");
                }
                Thread.sleep(500 + ThreadLocalRandom.current().nextLong(500));
            }
        }
        if (waitingFor != null) {
            LOG.info("schema lock taken after " + waitingFor + " let it go");
        }
        return new SchemaLock(dataSource, holder, ttl);
    }

    /** Taken or renewed; false also when Galera refused the commit for another server's (1213: it won). */
    private static boolean held(Connection c, String holder, Duration ttl) throws SQLException {
        try {
            return LeaseSql.take(c, TABLE, NAME, holder, ttl);
        } catch (SQLException e) {
            if (e.getErrorCode() == 1213 || "40001".equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    private void renew() {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            if (!held(c, holder, ttl)) {
                LOG.warning(() -> "schema lock: the lease of " + holder + " ran out while it migrates (paused longer"
                        + " than " + ttl.toSeconds() + " s?); another server may start migrating too");
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "schema lock not renewed (tried again in a moment): {0}", e.getMessage());
        }
    }

    /** Gives the lock up at once; a waiter takes it within a second. Retried: a waiter's ask may conflict with it. */
    @Override
    public void close() {
        renewal.shutdownNow();
        try {
            renewal.awaitTermination(5, TimeUnit.SECONDS); // a renewal still running would take it back after us
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (int attempt = 1; attempt <= 3; attempt++) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                LeaseSql.release(c, TABLE, NAME, holder);
                return;
            } catch (SQLException e) {
                LOG.log(Level.FINE, "schema lock not released, attempt {0}: {1}",
                        new Object[] {attempt, e.getMessage()});
            }
        }
        LOG.warning(() -> "schema lock not released: it runs out within " + ttl.toSeconds() + " s");
    }

    private static String tail(String text, int max) {
        return text.length() <= max ? text : text.substring(text.length() - max);
    }
}
