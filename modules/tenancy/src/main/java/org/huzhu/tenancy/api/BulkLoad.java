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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Many rows sent as one {@code LOAD DATA LOCAL} from memory instead of a multi-row INSERT. Why: the driver's
 * rewritten INSERT binds and escapes every value as SQL text, and the server parses it again; for a settlement
 * chunk (5,000 claims of about a kilobyte each) that was most of the chunk's write. Tab-separated text written
 * here once loaded the same rows into the same indexed table about twice as fast (36-40,000 against 18,500 rows/s).
 * <p>
 * The text goes as bytes ({@code CHARACTER SET binary}): strings in UTF-8, byte arrays as they are, each escaped. Why
 * not hex for the bytes, as first written: a member row's cipher and hash in hex doubled what was sent, and the
 * server's UNHEX and character-set check of every hex digit made a million members' load 15-20% slower.
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

    private volatile boolean refused;

    boolean available() {
        return !refused;
    }

    /**
     * The rows as LOAD DATA reads them by default (tab between fields, newline after each row, backslash escapes,
     * {@code \N} for NULL), the tenant first: strings in UTF-8 and byte arrays as they are, both escaped. Empty when a
     * value is of a type written here in no agreed form: those rows go as an INSERT.
     */
    static Optional<byte[]> text(String tenant, List<Object[]> rows) {
        Bytes text = new Bytes(rows.size() * 200);
        byte[] tenantBytes = tenant.getBytes(StandardCharsets.UTF_8);
        for (Object[] row : rows) {
            text.escaped(tenantBytes);
            for (Object value : row) {
                text.write('\t');
                if (!append(value, text)) {
                    return Optional.empty();
                }
            }
            text.write('\n');
        }
        return Optional.of(text.toByteArray());
    }

    /**
     * Loads the text into the table on the caller's connection. Answers the rows loaded, or -1 when loading is
     * refused here (the caller then inserts them).
     *
     * @param keepStored whether a row whose unique key is stored already is skipped (else it fails the load)
     * @throws SQLException when the load failed, or did not store every row exactly as given
     */
    int load(Connection connection, String table, List<String> columns, byte[] text, int rows, boolean keepStored)
            throws SQLException {
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
                loaded = statement.executeUpdate(loadSql(table, columns));
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

    private static String loadSql(String table, List<String> columns) {
        return "LOAD DATA LOCAL INFILE 'rows' INTO TABLE " + table + " CHARACTER SET binary ("
                + TenantSql.TENANT_COLUMN + ", " + String.join(", ", columns) + ")";
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

    private static boolean append(Object value, Bytes text) {
        if (value == null) {
            text.ascii("\\N");
        } else if (value instanceof String s) {
            text.escaped(s.getBytes(StandardCharsets.UTF_8));
        } else if (value instanceof byte[] bytes) {
            text.escaped(bytes);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            text.ascii(value.toString());
        } else if (value instanceof BigDecimal d) {
            text.ascii(d.toPlainString());
        } else if (value instanceof Boolean b) {
            text.write(b ? '1' : '0');
        } else if (value instanceof LocalDate d) {
            text.ascii(d.toString());
        } else if (value instanceof LocalDateTime t) {
            text.ascii(DATE_TIME.format(t));
        } else {
            return false;
        }
        return true;
    }

    /**
     * A growing byte buffer that escapes as LOAD DATA reads back (not a ByteArrayOutputStream: it locks for every
     * byte). Escaping the UTF-8 bytes of a string is safe: every byte of a multi-byte character is 0x80 or above, and
     * only tab, newline, return, NUL and backslash are escaped.
     */
    private static final class Bytes {

        private byte[] buffer;
        private int size;

        Bytes(int capacity) {
            buffer = new byte[Math.max(capacity, 64)];
        }

        void write(int b) {
            if (size == buffer.length) {
                buffer = Arrays.copyOf(buffer, size * 2);
            }
            buffer[size++] = (byte) b;
        }

        void ascii(String s) {
            for (int i = 0; i < s.length(); i++) {
                write(s.charAt(i));
            }
        }

        void escaped(byte[] bytes) {
            for (byte b : bytes) {
                switch (b) {
                    case '\\' -> pair('\\');
                    case '\t' -> pair('t');
                    case '\n' -> pair('n');
                    case '\r' -> pair('r');
                    case 0 -> pair('0');
                    default -> write(b);
                }
            }
        }

        private void pair(char escaped) {
            write('\\');
            write(escaped);
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buffer, size);
        }
    }
}
