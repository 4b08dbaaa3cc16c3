package org.huzhu.tenancy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.huzhu.kernel.tenant.TenantId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link TenantSql#tenantsWith}, the read across tenants that scheduled rounds make first (notice dispatcher,
 * giveaway holds), against the outbox table as shipped: exactly the cities with a matching row, none other. And
 * {@link TenantSql#insert}'s bulk load ({@link BulkLoad}): every value back as given, and a row the server would
 * skip or cut (LOCAL turns those errors into warnings) fails the load as it fails an INSERT, storing nothing.
 */
class TenantSqlIT {

    private static MysqlDataSource dataSource;

    @BeforeAll
    static void outbox() throws Exception {
        dataSource = TestDatabase.fresh("tenant_sql", "V1_002__notice_outbox.sql", "V1_005__notice_list.sql");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO notice_outbox (tenant_id, member_id, channel, kind, reference, body, created_at,"
                    + " sent_at, attempts) VALUES"
                    + " ('sent-only', 1, 'SMS', 'k', 'r1', 'b', NOW(3), NOW(3), 0),"
                    + " ('one-waiting', 2, 'SMS', 'k', 'r2', 'b', NOW(3), NULL, 0),"
                    + " ('two-waiting', 3, 'SMS', 'k', 'r3', 'b', NOW(3), NULL, 0),"
                    + " ('two-waiting', 4, 'SMS', 'k', 'r4', 'b', NOW(3), NULL, 3),"
                    + " ('two-waiting', 5, 'SMS', 'k', 'r5', 'b', NOW(3), NOW(3), 0)");
        }
    }

    @Test
    void a_bulk_load_stores_every_value_as_given() throws Exception {
        TenantSql sql = bulkSql(true);
        List<Object[]> rows = new ArrayList<>();
        String awkward = "职工\ttab\\back\nline \\N 'quote' \r\0end";
        for (int i = 0; i < 150; i++) {
            rows.add(new Object[] {(long) i, "SMS", "load", "ref-" + i, i == 7 ? awkward : "通知 " + i,
                    LocalDateTime.of(2026, 11, 30, 10, 0, 1, 123_000_000), i % 2 == 0 ? null
                    : LocalDateTime.of(2026, 12, 1, 8, 30), i});
        }
        try (Connection c = sql.dataSource.getConnection()) {
            long loadsBefore = loads(c);
            assertThat(sql.insert(c, "notice_outbox", LOADED, rows, null)).isEqualTo(150);
            assertThat(loads(c)).as("went as LOAD DATA").isEqualTo(loadsBefore + 1);
        }
        assertThat(sql.bulk.available()).isTrue();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT member_id, body, created_at, sent_at, attempts FROM notice_outbox"
                     + " WHERE tenant_id = 'bulk' AND kind = 'load' ORDER BY member_id")) {
            for (Object[] row : rows) {
                assertThat(r.next()).isTrue();
                assertThat(r.getLong(1)).isEqualTo(row[0]);
                assertThat(r.getString(2)).isEqualTo(row[4]);
                assertThat(r.getObject(3, LocalDateTime.class)).isEqualTo(row[5]);
                assertThat(r.getObject(4, LocalDateTime.class)).isEqualTo(row[6]);
                assertThat(r.getInt(5)).isEqualTo(row[7]);
            }
            assertThat(r.next()).isFalse();
        }
    }

    @Test
    void a_bulk_load_with_a_duplicate_key_or_a_value_too_long_fails_and_stores_nothing() throws Exception {
        TenantSql sql = bulkSql(true);
        List<Object[]> duplicate = outboxRows("dup", 120);
        duplicate.set(60, outboxRows("dup", 1).get(0));
        List<Object[]> tooLong = outboxRows("long", 120);
        tooLong.get(90)[4] = "长".repeat(501);
        for (List<Object[]> rows : List.of(duplicate, tooLong)) {
            try (Connection c = sql.dataSource.getConnection()) {
                c.setAutoCommit(false);
                assertThatThrownBy(() -> sql.insert(c, "notice_outbox", LOADED, rows, null))
                        .isInstanceOf(IllegalStateException.class).hasMessageContaining("of 120 rows");
                c.rollback();
            }
        }
        assertThat(count("kind IN ('dup', 'long')")).isZero();
    }

    @Test
    void a_load_keeping_stored_rows_skips_only_duplicates_and_stores_bytes_as_given() throws Exception {
        TenantSql sql = bulkSql(true);
        List<Object[]> stored = outboxRows("keep", 100);
        try (Connection c = sql.dataSource.getConnection()) {
            assertThat(sql.insert(c, "notice_outbox", LOADED, stored, null)).isEqualTo(100);
        }
        List<String> columns = new ArrayList<>(LOADED);
        columns.add("member_ids");
        List<Object[]> rows = new ArrayList<>();
        byte[] awkward = {0, 9, 10, 13, '\\', 'N', (byte) 0xff, (byte) 0x80, 'x'};
        for (int i = 0; i < 180; i++) { // the first 100 are stored: more duplicates than the driver lists warnings
            Object[] row = outboxRows("keep", 180).get(i);
            row[4] = "new";
            rows.add(java.util.Arrays.copyOf(row, row.length + 1));
            rows.get(i)[row.length] = i % 3 == 0 ? null : i == 101 ? awkward : new byte[] {(byte) i};
        }
        try (Connection c = sql.dataSource.getConnection()) {
            long loadsBefore = loads(c);
            assertThat(sql.insert(c, "notice_outbox", columns, rows, TenantSql.KEEP_STORED)).isEqualTo(80);
            assertThat(loads(c)).as("went as LOAD DATA").isEqualTo(loadsBefore + 1);
        }
        assertThat(count("kind = 'keep' AND body = 'body'")).as("stored rows kept").isEqualTo(100);
        assertThat(count("kind = 'keep' AND body = 'new'")).isEqualTo(80);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT member_id, member_ids FROM notice_outbox"
                     + " WHERE tenant_id = 'bulk' AND kind = 'keep' AND body = 'new' ORDER BY member_id")) {
            for (int i = 100; i < 180; i++) {
                assertThat(r.next()).isTrue();
                assertThat(r.getLong(1)).isEqualTo(i);
                assertThat(r.getBytes(2)).isEqualTo(rows.get(i)[8]);
            }
        }
    }

    @Test
    void an_insert_answers_the_first_id_generated_and_the_new_rows_are_read_from_there_by_their_key() throws Exception {
        TenantSql sql = bulkSql(true);
        List<Object[]> rows = outboxRows("new", 150);
        TenantSql.Inserted inserted = sql.insertForIds("notice_outbox", LOADED, rows, TenantSql.KEEP_STORED);
        assertThat(inserted.rows()).isEqualTo(150);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT MIN(id) FROM notice_outbox WHERE tenant_id = 'bulk' AND kind = 'new'")) {
            r.next();
            assertThat(inserted.firstId()).isEqualTo(r.getLong(1));
        }
        assertThat(sql.idsFrom("notice_outbox", "reference", inserted, Set.of("ref-7", "ref-149", "ref-x"),
                r -> r.getString(1))).containsOnlyKeys("ref-7", "ref-149")
                .containsEntry("ref-7", inserted.firstId() + 7).containsEntry("ref-149", inserted.firstId() + 149);
        assertThat(sql.insertForIds("notice_outbox", LOADED, rows, TenantSql.KEEP_STORED))
                .isEqualTo(new TenantSql.Inserted(0, 0));
    }

    @Test
    void a_load_keeping_stored_rows_still_fails_on_a_value_too_long() throws Exception {
        TenantSql sql = bulkSql(true);
        try (Connection c = sql.dataSource.getConnection()) {
            sql.insert(c, "notice_outbox", LOADED, outboxRows("keep-long", 1), null);
            List<Object[]> rows = outboxRows("keep-long", 120);
            rows.get(90)[4] = "长".repeat(501);
            c.setAutoCommit(false);
            assertThatThrownBy(() -> sql.insert(c, "notice_outbox", LOADED, rows, TenantSql.KEEP_STORED))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("of 120 rows");
            c.rollback();
        }
        assertThat(count("kind = 'keep-long'")).isEqualTo(1);
    }

    @Test
    void a_connection_that_may_not_load_inserts_the_rows_instead() throws Exception {
        TenantSql sql = bulkSql(false);
        try (Connection c = sql.dataSource.getConnection()) {
            assertThat(sql.insert(c, "notice_outbox", LOADED, outboxRows("refused", 130), null)).isPositive();
        }
        assertThat(sql.bulk.available()).isFalse();
        assertThat(count("kind = 'refused'")).isEqualTo(130);
    }

    private static final List<String> LOADED = List.of("member_id", "channel", "kind", "reference", "body",
            "created_at", "sent_at", "attempts");

    private static List<Object[]> outboxRows(String kind, int n) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new Object[] {(long) i, "SMS", kind, "ref-" + i, "body", LocalDateTime.of(2026, 11, 30, 10, 0),
                    null, 0});
        }
        return rows;
    }

    /** A TenantSql for tenant "bulk" on the test database, its connections allowed LOCAL loads or not. */
    private static TenantSql bulkSql(boolean mayLoad) throws SQLException {
        TenantSql sql = new TenantSql();
        MysqlDataSource source = new MysqlDataSource();
        source.setURL(dataSource.getURL());
        source.setUser(dataSource.getUser());
        source.setPassword(System.getenv().getOrDefault("HUZHU_DB_PASSWORD", ""));
        source.setAllowLoadLocalInfile(mayLoad);
        sql.dataSource = source;
        sql.context = new TenantContext();
        sql.context.bind(new Caller("bulk-test", Optional.of(new TenantId("bulk")), Set.of(), null));
        return sql;
    }

    /** LOAD DATA statements this connection made (its session's counter: the same node behind a proxy). */
    private static long loads(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SHOW SESSION STATUS LIKE 'Com_load'")) {
            return r.next() ? r.getLong(2) : 0;
        }
    }

    private static int count(String where) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM notice_outbox WHERE tenant_id = 'bulk' AND " + where)) {
            r.next();
            return r.getInt(1);
        }
    }

    @Test
    void names_each_tenant_with_a_matching_row_once_and_no_other() {
        TenantSql sql = new TenantSql();
        sql.dataSource = dataSource;
        // kind 'k': the rows made for this test, not those of the bulk tests (tenant "bulk"), whichever ran first
        assertThat(sql.tenantsWith("notice_outbox", "kind = 'k' AND sent_at IS NULL", List.of()))
                .containsExactlyInAnyOrder(new TenantId("one-waiting"), new TenantId("two-waiting"));
        assertThat(sql.tenantsWith("notice_outbox", "kind = 'k' AND sent_at IS NULL AND attempts >= ?", List.of(3)))
                .containsExactly(new TenantId("two-waiting"));
        assertThat(sql.tenantsWith("notice_outbox", "kind = 'k' AND member_id = ?", List.of(99))).isEmpty();
    }
}
