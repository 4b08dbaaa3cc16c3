package org.huzhu.reporting.infrastructure;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.zip.CRC32;
import org.huzhu.reporting.domain.FigureDeltas;
import org.huzhu.reporting.domain.Grain;

/**
 * All cities added up per day or month, figure and plan, for headquarters: {@code report_hq_day} and
 * {@code report_hq_month}, each cell in {@value #SHARDS} shards by the tenant (CRC32 of its id, as MariaDB's
 * {@code CRC32()} gives it, so the migration and the recount agree), so that two cities' writers seldom wait on one
 * row, and in a row per writing database node ({@link WriterNode}). Written in the writer's transaction with the
 * tenant-keyed grains (after them, cells in key order: no two writers lock the other way round); a recount takes the
 * tenant's old share out and puts the new one in.
 */
public final class HeadquartersRollup {

    static final int SHARDS = 16;

    private HeadquartersRollup() {
    }

    /** Adds a row's figures to the cell's (named by its table: an INSERT ... SELECT reads columns of the same names). */
    private static String add(String table) {
        return " ON DUPLICATE KEY UPDATE " + table + ".cnt = " + table + ".cnt + VALUES(cnt), " + table + ".fen = "
                + table + ".fen + VALUES(fen)";
    }

    public static int shard(String tenant) {
        CRC32 crc = new CRC32();
        crc.update(tenant.getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % SHARDS);
    }

    /** Adds one transaction's changes of a tenant: its per-plan day and month cells. */
    public static void add(Connection c, String tenant, long node, FigureDeltas deltas) throws SQLException {
        int shard = shard(tenant);
        write(c, "report_hq_day", shard, node, deltas.in(Grain.CITY_DAY));
        write(c, "report_hq_month", shard, node, deltas.in(Grain.CITY_MONTH));
    }

    private static void write(Connection c, String table, int shard, long node, List<FigureDeltas.Change> changes)
            throws SQLException {
        if (changes.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO " + table
                + " (period, figure, plan_code, shard, node, cnt, fen) VALUES (?, ?, ?, ?, ?, ?, ?)" + add(table))) {
            for (FigureDeltas.Change ch : changes) {
                s.setDate(1, Date.valueOf(ch.cell().day()));
                s.setString(2, ch.cell().figure().name());
                s.setString(3, ch.cell().planCode());
                s.setInt(4, shard);
                s.setLong(5, node);
                s.setLong(6, ch.count());
                s.setLong(7, ch.fen());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /**
     * Moves the tenant's whole share, as its per-city tables hold it now, into ({@code sign} 1) or out of
     * ({@code sign} -1) the rollup: the recount calls it with -1 before it deletes and with 1 after it counted.
     */
    static void share(Connection c, String tenant, int sign) throws SQLException {
        for (String[] tables : new String[][] {{"report_hq_day", "report_city_day"},
                {"report_hq_month", "report_city_month"}}) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO " + tables[0]
                    + " (period, figure, plan_code, shard, cnt, fen) SELECT period, figure, plan_code, ?, ? * cnt, "
                    + "? * fen FROM " + tables[1] + " WHERE tenant_id = ? ORDER BY period, figure, plan_code"
                    + add(tables[0]))) {
                s.setInt(1, shard(tenant));
                s.setInt(2, sign);
                s.setInt(3, sign);
                s.setString(4, tenant);
                s.executeUpdate();
            }
        }
    }
}
