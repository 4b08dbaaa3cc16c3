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
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
 * caller's transaction rolls back. The one exception is asked for by the caller: rows whose unique key is stored
 * already may be skipped ({@link TenantSql#KEEP_STORED}, as {@code ON DUPLICATE KEY UPDATE id = id} does), and then
 * the load counts when every row it skipped raised one duplicate-key warning and nothing else raised any. When the
 * driver or the server refuses LOCAL loads (MySQL 8 ships with {@code local_infile} off), the rows go as INSERTs
 * from then on.
 */
final class BulkLoad {

    /** Fewer rows than this go as an INSERT: nothing to gain. */
    static final int FROM_ROWS = 100;

    private static final Logger LOG = Logger.getLogger(BulkLoad.class.getName());
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    /** The server's or driver's "LOCAL is not allowed" (MariaDB 4166, MySQL 1148 and 3948). */
    private static final List<Integer> REFUSALS = List.of(4166, 1148, 3948);
    private static final int DUPLICATE_KEY = 1062;
    private static final HexFormat HEX = HexFormat.of();

    /** A load's rows as text, and the columns whose values are bytes: those go in hex and UNHEX turns them back. */
    record Text(byte[] bytes, Set<Integer> binary) {
    }

    private volatile boolean refused;

    boolean available() {
        return !refused;
    }

    /**
     * The rows as LOAD DATA reads them by default (tab between fields, newline after each row, backslash escapes,
     * {@code \N} for NULL), the tenant first; a column holding a byte array in any row is written in hex. Empty when
     * a value is of a type written here in no agreed form, or a column mixes bytes with other values: those rows
     * go as an INSERT.
     */
    static Optional<Text> text(String tenant, List<Object[]> rows) {
        Set<Integer> binary = new TreeSet<>();
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (row[i] instanceof byte[]) {
                    binary.add(i);
                }
            }
        }
        StringBuilder text = new StringBuilder(rows.size() * 256);
        for (Object[] row : rows) {
            escape(tenant, text);
            for (int i = 0; i < row.length; i++) {
                text.append('\t');
                boolean written = binary.contains(i) ? appendHex(row[i], text) : append(row[i], text);
                if (!written) {
                    return Optional.empty();
                }
            }
            text.append('\n');
        }
        return Optional.of(new Text(text.toString().getBytes(StandardCharsets.UTF_8), binary));
    }

    /**
     * Loads the text into the table on the caller's connection. Answers the rows loaded, or -1 when loading is
     * refused here (the caller then inserts them).
     *
     * @param keepStored whether a row whose unique key is stored already is skipped (else it fails the load)
     * @throws SQLException when the load failed, or did not store every row exactly as given
     */
    int load(Connection connection, String table, List<String> columns, Text text, int rows, boolean keepStored)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            JdbcStatement driver;
            try {
                driver = statement.unwrap(JdbcStatement.class);
            } catch (SQLException | LinkageError e) {
                return refuse("the driver's statement cannot be reached (" + e.getClass().getSimpleName() + ")");
            }
            driver.setLocalInfileInputStream(new ByteArrayInputStream(text.bytes()));
            int loaded;
            try {
                loaded = statement.executeUpdate(loadSql(table, columns, text.binary()));
            } catch (SQLException e) {
                if (REFUSALS.contains(e.getErrorCode())) {
                    return refuse("the database refuses LOAD DATA LOCAL (error " + e.getErrorCode() + ")");
                }
                throw e;
            }
            SQLWarning warning = statement.getWarnings();
            boolean exact = loaded == rows && warning == null;
            if (!exact && !(keepStored && onlyDuplicates(statement, warning, rows - loaded))) {
                throw new SQLException("bulk load into " + table + " stored " + loaded + " of " + rows + " rows"
                        + (warning == null ? "" : ": " + warning.getMessage()),
                        warning == null ? "HY000" : warning.getSQLState(), warning == null ? 0 : warning.getErrorCode());
            }
            return loaded;
        }
    }

    private static String loadSql(String table, List<String> columns, Set<Integer> binary) {
        StringBuilder fields = new StringBuilder(TenantSql.TENANT_COLUMN);
        StringBuilder set = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            fields.append(", ").append(binary.contains(i) ? "@b" + i : columns.get(i));
            if (binary.contains(i)) {
                set.append(set.isEmpty() ? " SET " : ", ").append(columns.get(i)).append(" = UNHEX(@b").append(i).append(')');
            }
        }
        return "LOAD DATA LOCAL INFILE 'rows' INTO TABLE " + table + " CHARACTER SET utf8mb4 (" + fields + ")" + set;
    }

    /**
     * Whether the skipped rows are all the load's warnings, each one a duplicate key: a skipped row raises at least
     * that warning, so as many warnings as skipped rows leaves none for a row that was stored cut or defaulted. The
     * count comes from the server, as the driver lists no more warnings than {@code max_error_count}.
     */
    private static boolean onlyDuplicates(Statement statement, SQLWarning first, int skipped) throws SQLException {
        if (skipped <= 0) {
            return false;
        }
        for (SQLWarning w = first; w != null; w = w.getNextWarning()) {
            if (w.getErrorCode() != DUPLICATE_KEY) {
                return false;
            }
        }
        try (java.sql.ResultSet count = statement.executeQuery("SHOW COUNT(*) WARNINGS")) {
            return count.next() && count.getLong(1) == skipped;
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

    private static boolean appendHex(Object value, StringBuilder text) {
        if (value == null) {
            text.append("\\N");
            return true;
        }
        if (value instanceof byte[] bytes) {
            text.append(HEX.formatHex(bytes));
            return true;
        }
        return false;
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
