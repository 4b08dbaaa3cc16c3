package org.huzhu.tenancy.api;

import com.mysql.cj.jdbc.JdbcStatement;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Many rows sent as one {@code LOAD DATA LOCAL} from memory instead of a multi-row INSERT. Why: the driver's
 * rewritten INSERT binds and escapes every value as SQL text, and the server parses it again; for a settlement
 * chunk (5,000 claims of about a kilobyte each) that was most of the chunk's write. Tab-separated text written
 * here once loaded the same rows into the same indexed table about twice as fast (36-40,000 against 18,500 rows/s).
 * <p>
 * LOCAL has one trap: the server cannot stop a file in flight, so a duplicate key, a value too long or a NULL for
 * a NOT NULL column becomes a warning and the row is skipped, cut or defaulted. A load therefore counts only when
 * every row arrived and the server raised no warning; otherwise it throws, as the INSERT would have, and the
 * caller's transaction rolls back. When the driver or the server refuses LOCAL loads (MySQL 8 ships with
 * {@code local_infile} off), the rows go as INSERTs from then on.
 */
final class BulkLoad {

    /** Fewer rows than this go as an INSERT: nothing to gain. */
    static final int FROM_ROWS = 100;

    private static final Logger LOG = Logger.getLogger(BulkLoad.class.getName());
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    /** The server's or driver's "LOCAL is not allowed" (MariaDB 4166, MySQL 1148 and 3948). */
    private static final List<Integer> REFUSALS = List.of(4166, 1148, 3948);

    private volatile boolean refused;

    boolean available() {
        return !refused;
    }

    /**
     * The rows as LOAD DATA reads them by default (tab between fields, newline after each row, backslash escapes,
     * {@code \N} for NULL), the tenant first; empty when a value is of a type written here in no agreed form
     * (a byte array, say): those rows go as an INSERT.
     */
    static Optional<byte[]> text(String tenant, List<Object[]> rows) {
        StringBuilder text = new StringBuilder(rows.size() * 256);
        for (Object[] row : rows) {
            escape(tenant, text);
            for (Object value : row) {
                text.append('\t');
                if (!append(value, text)) {
                    return Optional.empty();
                }
            }
            text.append('\n');
        }
        return Optional.of(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Loads the text into the table on the caller's connection. Answers the rows loaded, or -1 when loading is
     * refused here (the caller then inserts them).
     *
     * @throws SQLException when the load failed, or did not store every row exactly as given
     */
    int load(Connection connection, String table, List<String> columns, byte[] text, int rows) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            JdbcStatement driver;
            try {
                driver = statement.unwrap(JdbcStatement.class);
            } catch (SQLException | LinkageError e) {
                return refuse("the driver's statement cannot be reached (" + e.getClass().getSimpleName() + ")");
            }
            driver.setLocalInfileInputStream(new ByteArrayInputStream(text));
            int loaded;
            try {
                loaded = statement.executeUpdate("LOAD DATA LOCAL INFILE 'rows' INTO TABLE " + table
                        + " CHARACTER SET utf8mb4 (" + TenantSql.TENANT_COLUMN + ", " + String.join(", ", columns) + ")");
            } catch (SQLException e) {
                if (REFUSALS.contains(e.getErrorCode())) {
                    return refuse("the database refuses LOAD DATA LOCAL (error " + e.getErrorCode() + ")");
                }
                throw e;
            }
            SQLWarning warning = statement.getWarnings();
            if (loaded != rows || warning != null) {
                throw new SQLException("bulk load into " + table + " stored " + loaded + " of " + rows + " rows"
                        + (warning == null ? "" : ": " + warning.getMessage()),
                        warning == null ? "HY000" : warning.getSQLState(), warning == null ? 0 : warning.getErrorCode());
            }
            return loaded;
        }
    }

    private int refuse(String why) {
        if (!refused) {
            refused = true;
            LOG.info(() -> "bulk rows are written as INSERTs from now on: " + why);
        }
        return -1;
    }

    private static boolean append(Object value, StringBuilder text) {
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof String s) {
            escape(s, text);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            text.append(value);
        } else if (value instanceof BigDecimal d) {
            text.append(d.toPlainString());
        } else if (value instanceof Boolean b) {
            text.append(b ? '1' : '0');
        } else if (value instanceof LocalDate d) {
            text.append(d);
        } else if (value instanceof LocalDateTime t) {
            text.append(DATE_TIME.format(t));
        } else {
            return false;
        }
        return true;
    }

    private static void escape(String s, StringBuilder text) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\0' -> text.append("\\0");
                default -> text.append(c);
            }
        }
    }
}
