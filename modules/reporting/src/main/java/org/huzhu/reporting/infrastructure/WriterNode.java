package org.huzhu.reporting.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The database node a connection works on, as the read models' {@code node} column keeps it: CRC32 of the node's
 * host name and port. Asked of the connection, not of the app server: behind HAProxy one server's pooled
 * connections go to every node of the cluster. One value on a single server.
 */
public final class WriterNode {

    private WriterNode() {
    }

    public static long of(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT CRC32(CONCAT(@@hostname, ':', @@port))");
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
