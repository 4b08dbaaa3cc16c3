package org.huzhu.tenancy.api;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Work done once per cluster, not once per server: a scheduled round or a background job runs on the server that
 * holds its lease (a row of {@code lease}), and that server renews the lease while it works; when it dies the
 * lease runs out and the next server to ask takes it over. On one server this costs a statement per round; on
 * several (Galera, or app servers on one MySQL) it is what keeps the notice dispatcher, the hold job or a resumed
 * import from running twice at once. Call outside a transaction: each ask commits on its own.
 */
@ApplicationScoped
public class Leases {

    private static final Logger LOG = Logger.getLogger(Leases.class.getName());

    /**
     * This server, as holders are told apart: the host and the Liberty server's directory. Stable across a restart
     * on purpose: a server killed and started again takes its own leases back at once (its jobs resume at start-up)
     * instead of waiting for them to run out; two servers cannot share a host and a directory.
     */
    static final String SERVER = server();

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    private static String server() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = ManagementFactory.getRuntimeMXBean().getName();
        }
        String dir = System.getProperty("server.output.dir");
        String where = dir != null ? Integer.toHexString(dir.hashCode()) : UUID.randomUUID().toString().substring(0, 8);
        String name = host + "/" + where;
        return name.length() <= 100 ? name : name.substring(name.length() - 100);
    }

    /**
     * Takes or renews the lease for {@code ttl}: true when this server holds it now. False when another server
     * holds it and renewed it within its time, or when the database could not be asked (then nobody should work).
     */
    public boolean hold(String name, Duration ttl) {
        try (Connection c = dataSource.getConnection()) {
            return LeaseSql.take(c, name, SERVER, ttl);
        } catch (SQLException e) {
            LOG.log(Level.FINE, "lease {0} not taken: {1}", new Object[] {name, e.getSQLState()});
            return false;
        }
    }

    /**
     * Runs a scheduled round on one server of the cluster: the one that holds the round's lease, renewed by every
     * round it runs. {@code ttl} must be longer than the time between rounds (a few rounds): when that server dies,
     * another takes the rounds over once the lease has run out.
     */
    public void onOneServer(String round, Duration ttl, Runnable work) {
        if (hold("round/" + round, ttl)) {
            work.run();
        }
    }

    /** Gives the lease up (the work ended): another server may take it at once. */
    public void release(String name) {
        try (Connection c = dataSource.getConnection()) {
            LeaseSql.release(c, name, SERVER);
        } catch (SQLException e) {
            LOG.log(Level.FINE, "lease {0} not released (it runs out): {1}", new Object[] {name, e.getSQLState()});
        }
    }

    /**
     * The statements, on a connection of the caller's (tested against the database on their own); on the table
     * {@code lease} or another of its shape ({@code schema_lock}, which must exist before the migrations).
     */
    static final class LeaseSql {

        private LeaseSql() {
        }

        static boolean take(Connection c, String name, String holder, Duration ttl) throws SQLException {
            return take(c, "lease", name, holder, ttl);
        }

        static void release(Connection c, String name, String holder) throws SQLException {
            release(c, "lease", name, holder);
        }

        /** Who holds the lease now, whether or not it ran out (null: nobody). */
        static String holder(Connection c, String table, String name) throws SQLException {
            try (PreparedStatement s = c.prepareStatement("SELECT holder FROM " + table + " WHERE name = ?")) {
                s.setString(1, name);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? r.getString(1) : null;
                }
            }
        }

        /**
         * One statement takes a free or run-out lease, renews our own, and leaves another's alone (MySQL and
         * MariaDB assign left to right: {@code until} is judged by the holder just decided). Whether we hold it is
         * then read back: the rows-changed count cannot tell a renewal within the same millisecond from a refusal.
         */
        static boolean take(Connection c, String table, String name, String holder, Duration ttl)
                throws SQLException {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO " + table + " (name, holder, until)"
                    + " VALUES (?, ?, TIMESTAMPADD(MICROSECOND, ?, NOW(3))) ON DUPLICATE KEY UPDATE "
                    + "holder = IF(until < NOW(3) OR holder = VALUES(holder), VALUES(holder), holder), "
                    + "until = IF(holder = VALUES(holder), VALUES(until), until)")) {
                s.setString(1, name);
                s.setString(2, holder);
                s.setLong(3, ttl.toMillis() * 1000);
                s.executeUpdate();
            }
            return holder.equals(holder(c, table, name));
        }

        static void release(Connection c, String table, String name, String holder) throws SQLException {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE name = ? AND holder = ?")) {
                s.setString(1, name);
                s.setString(2, holder);
                s.executeUpdate();
            }
        }
    }
}
