package org.huzhu.tenancy.api;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * Bulk writes to tenant-owned tables for work that JPA would do row by row (an enrolment list of a million
 * rows). The tenant column is never named by the caller: it is filled from the {@link TenantContext}, as
 * EclipseLink does for entities. Runs on the transaction's connection, so it commits or rolls back with
 * the JPA work of the same transaction. Reads stay with JPA, whose queries are tenant-filtered.
 */
@ApplicationScoped
public class TenantSql {

    static final String TENANT_COLUMN = "tenant_id";

    /** {@code onDuplicate} that keeps a stored row and skips the new one, the only one a bulk load can honour. */
    public static final String KEEP_STORED = "id = id";

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Inject
    TenantContext context;

    final BulkLoad bulk = new BulkLoad();

    /**
     * Inserts the rows in one batch: without {@code onDuplicate} or with {@link #KEEP_STORED}, and from
     * {@value BulkLoad#FROM_ROWS} rows on, as one {@code LOAD DATA LOCAL} ({@link BulkLoad}: the same rows or a
     * failure, as with the INSERT).
     *
     * @param table       a tenant-owned table
     * @param columns     its columns other than the tenant column, in the order of each row's values
     * @param onDuplicate what to do with a row whose unique key exists ({@link #KEEP_STORED} keeps the stored
     *                    row), or null to fail on it
     * @return the number of rows inserted or changed, as the driver counts them
     */
    public int insert(String table, List<String> columns, List<Object[]> rows, String onDuplicate) {
        if (rows.isEmpty()) {
            return 0;
        }
        try (Connection connection = dataSource.getConnection()) {
            return insert(connection, table, columns, rows, onDuplicate);
        } catch (SQLException e) {
            throw new IllegalStateException("bulk insert into " + table + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * The same on a connection of the caller's (a local transaction of its own pool, e.g. giveaway grabs'): the
     * tenant is still the request's.
     */
    public int insert(Connection connection, String table, List<String> columns, List<Object[]> rows,
                      String onDuplicate) {
        if (rows.isEmpty()) {
            return 0;
        }
        String tenant = context.tenant().value();
        boolean keepStored = KEEP_STORED.equals(onDuplicate);
        if ((onDuplicate == null || keepStored) && rows.size() >= BulkLoad.FROM_ROWS && bulk.available()) {
            int loaded = load(connection, table, columns, rows, tenant, keepStored);
            if (loaded >= 0) {
                return loaded;
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(insertSql(table, columns, onDuplicate))) {
            for (Object[] row : rows) {
                statement.setString(1, tenant);
                for (int i = 0; i < row.length; i++) {
                    statement.setObject(i + 2, row[i]);
                }
                statement.addBatch();
            }
            int changed = 0;
            for (int count : statement.executeBatch()) {
                changed += Math.max(count, 0);
            }
            return changed;
        } catch (SQLException e) {
            throw new IllegalStateException("bulk insert into " + table + " failed: " + e.getMessage(), e);
        }
    }

    /** What {@link #insertForIds} stored: how many rows, and the id generated for the first of them (0: not known). */
    public record Inserted(int rows, long firstId) {
    }

    /**
     * {@link #insert} that also answers the id the database generated for the first row (LAST_INSERT_ID on the same
     * connection), so that a caller needing the new rows' ids can read them forward from there by the primary key
     * ({@link #idsFrom}) instead of looking each up by a unique key.
     */
    public Inserted insertForIds(String table, List<String> columns, List<Object[]> rows, String onDuplicate) {
        if (rows.isEmpty()) {
            return new Inserted(0, 0);
        }
        try (Connection connection = dataSource.getConnection()) {
            int inserted = insert(connection, table, columns, rows, onDuplicate);
            if (inserted <= 0) {
                return new Inserted(inserted, 0); // LAST_INSERT_ID would still be an earlier statement's
            }
            try (Statement statement = connection.createStatement();
                 ResultSet first = statement.executeQuery("SELECT LAST_INSERT_ID()")) {
                return new Inserted(inserted, first.next() ? first.getLong(1) : 0);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("bulk insert into " + table + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * The ids of rows just inserted ({@link #insertForIds}), by a unique key of theirs: as many rows as were
     * inserted, read forward from the first id by the primary key, those with a wanted key kept. The ids from there
     * are not promised to be consecutive nor all this insert's (concurrent inserts may interleave, Galera steps
     * them, an INSERT batch answers its last statement's): a key not found here is for the caller to look up.
     *
     * @param key reads the key from column 1 of a row ({@code keyColumn, id})
     */
    public <K> java.util.Map<K, Long> idsFrom(String table, String keyColumn, Inserted inserted,
                                              java.util.Set<K> wanted, RowReader<K> key) {
        java.util.Map<K, Long> ids = new java.util.HashMap<>();
        if (inserted.firstId() > 0) {
            select(table, keyColumn + ", id", "id >= ?", "ORDER BY id LIMIT " + inserted.rows(),
                    List.of(inserted.firstId()), r -> java.util.Map.entry(key.read(r), r.getLong(2))).stream()
                    .filter(row -> wanted.contains(row.getKey())).forEach(row -> ids.put(row.getKey(), row.getValue()));
        }
        return ids;
    }

    /** The rows as one LOAD DATA ({@link BulkLoad}); -1 when they must go as an INSERT instead. */
    private int load(Connection connection, String table, List<String> columns, List<Object[]> rows, String tenant,
                     boolean keepStored) {
        java.util.Optional<byte[]> text = BulkLoad.text(tenant, rows);
        if (text.isEmpty()) {
            return -1;
        }
        try {
            return bulk.load(connection, table, columns, text.get(), rows.size(), keepStored);
        } catch (SQLException e) {
            throw new IllegalStateException("bulk insert into " + table + " failed: " + e.getMessage(), e);
        }
    }

    /** {@code n} parameter marks for an IN list: {@code ?, ?, ?}. */
    public static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /** Reads one row of a result. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** The same on a connection of this pool (the transaction's, inside one). */
    public <T> List<T> select(String table, String columns, String where, String tail, List<?> params,
                              RowReader<T> reader) {
        try (Connection connection = dataSource.getConnection()) {
            return select(connection, table, columns, where, tail, params, reader);
        } catch (SQLException e) {
            throw new IllegalStateException("reading " + table + " failed: " + e.getSQLState(), e);
        }
    }

    /**
     * Rows of a tenant-owned table on a connection of the caller's, the tenant's condition put first so that the
     * table's tenant-led keys serve the read: {@code SELECT columns FROM table WHERE tenant_id = ? AND (where) tail}.
     *
     * @param table  the table, optionally followed by an index hint ({@code claim FORCE INDEX (ix_claim_enrolment)})
     * @param where  the other conditions, with {@code ?} for {@code params}
     * @param tail   what follows the conditions ({@code ORDER BY}, {@code LIMIT}, {@code FOR UPDATE}), or empty
     */
    public <T> List<T> select(Connection connection, String table, String columns, String where, String tail,
                              List<?> params, RowReader<T> reader) {
        String sql = "SELECT " + columns + " FROM " + table + " WHERE " + TENANT_COLUMN + " = ? AND (" + where + ") "
                + tail;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, context.tenant().value());
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 2, params.get(i));
            }
            List<T> rows = new java.util.ArrayList<>();
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    rows.add(reader.read(r));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("reading " + table + " failed: " + e.getSQLState(), e);
        }
    }

    /**
     * The tenants with at least one row of a tenant-owned table that meets the condition, read across tenants and
     * outside any tenant's context, for scheduled rounds: one read (a loose scan of the table's tenant-led index)
     * says which of hundreds of cities have work waiting, instead of a transaction per city every few seconds.
     * Answers tenant ids only, never rows.
     *
     * @param where conditions on columns that follow the tenant column in one of the table's keys, with {@code ?}
     *              for {@code params}
     */
    public java.util.Set<org.huzhu.kernel.tenant.TenantId> tenantsWith(String table, String where, List<?> params) {
        String sql = "SELECT " + TENANT_COLUMN + " FROM " + table + " WHERE " + where + " GROUP BY " + TENANT_COLUMN;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            java.util.Set<org.huzhu.kernel.tenant.TenantId> tenants = new java.util.HashSet<>();
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    tenants.add(new org.huzhu.kernel.tenant.TenantId(r.getString(1)));
                }
            }
            return tenants;
        } catch (SQLException e) {
            throw new IllegalStateException("reading which tenants have rows in " + table + " failed: "
                    + e.getSQLState(), e);
        }
    }

    static String insertSql(String table, List<String> columns, String onDuplicate) {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (").append(TENANT_COLUMN);
        columns.forEach(c -> sql.append(", ").append(c));
        sql.append(") VALUES (?");
        columns.forEach(c -> sql.append(", ?"));
        sql.append(')');
        if (onDuplicate != null) {
            sql.append(" ON DUPLICATE KEY UPDATE ").append(onDuplicate);
        }
        return sql.toString();
    }
}
