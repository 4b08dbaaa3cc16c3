package org.huzhu.tenancy.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.huzhu.kernel.tenant.TenantId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link TenantSql#tenantsWith}, the read across tenants that scheduled rounds make first (notice dispatcher,
 * giveaway holds), against the outbox table as shipped: exactly the cities with a matching row, none other.
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
    void names_each_tenant_with_a_matching_row_once_and_no_other() {
        TenantSql sql = new TenantSql();
        sql.dataSource = dataSource;
        assertThat(sql.tenantsWith("notice_outbox", "sent_at IS NULL", List.of()))
                .containsExactlyInAnyOrder(new TenantId("one-waiting"), new TenantId("two-waiting"));
        assertThat(sql.tenantsWith("notice_outbox", "sent_at IS NULL AND attempts >= ?", List.of(3)))
                .containsExactly(new TenantId("two-waiting"));
        assertThat(sql.tenantsWith("notice_outbox", "member_id = ?", List.of(99))).isEmpty();
    }
}
