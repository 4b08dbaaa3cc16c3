package org.huzhu.reporting.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.huzhu.kernel.tenant.TenantId;
import org.huzhu.reporting.api.ReportPeriod;
import org.huzhu.reporting.domain.FigureDeltas;
import org.huzhu.reporting.domain.FigureRow;
import org.huzhu.reporting.domain.Grain;
import org.huzhu.reporting.infrastructure.FigureQueries;
import org.huzhu.reporting.infrastructure.HeadquartersRollup;
import org.huzhu.reporting.infrastructure.WriterNode;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.api.TenantSql;

/**
 * The read model's storage: changes added to every grain with {@code INSERT ... ON DUPLICATE KEY UPDATE cnt = cnt
 * + ?} through {@link TenantSql} (the tenant from the context, the writer's transaction), into the row of the cell
 * that belongs to the database node the transaction runs on ({@link WriterNode}: on a Galera cluster, writers on two
 * nodes never change one row), reads through {@link FigureQueries} for the caller's tenant, adding a cell's rows up.
 */
@ApplicationScoped
public class FigureStore {

    static final List<String> COLUMNS = List.of("period", "figure", "plan_code", "agency_id", "node", "cnt", "fen");
    static final String ADD = "cnt = cnt + VALUES(cnt), fen = fen + VALUES(fen)";

    @Inject
    TenantSql sql;

    @Inject
    TenantContext context;

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    public void write(TenantId tenant, FigureDeltas deltas) {
        if (!tenant.equals(context.tenant())) {
            throw new IllegalStateException("figures of tenant " + tenant + " written in the scope of " + context.tenant());
        }
        if (deltas.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) { // the writer's transaction
            long node = WriterNode.of(c);
            for (Grain grain : Grain.values()) { // always in this order: no two writers lock tables the other way round
                List<Object[]> rows = new ArrayList<>();
                for (FigureDeltas.Change ch : deltas.in(grain)) {
                    rows.add(new Object[] {Date.valueOf(ch.cell().day()), ch.cell().figure().name(),
                            ch.cell().planCode(), ch.cell().agencyId(), node, ch.count(), ch.fen()});
                }
                sql.insert(c, grain.table(), COLUMNS, rows, ADD);
            }
            HeadquartersRollup.add(c, tenant.value(), node, deltas);
        } catch (SQLException e) {
            throw new IllegalStateException("adding to headquarters' figures failed: " + e.getMessage(), e);
        }
    }

    public List<FigureRow> office(ReportPeriod period, String plan, Long agency) {
        try (Connection c = dataSource.getConnection()) {
            return FigureQueries.office(c, context.tenant().value(), period, plan, agency);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the office figures failed: " + e.getMessage(), e);
        }
    }

    /** Every city's figures: only for headquarters (checked by the caller). */
    public List<FigureRow> perCity(ReportPeriod period, String plan) {
        try (Connection c = dataSource.getConnection()) {
            return FigureQueries.perCity(c, period, plan);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the cities' figures failed: " + e.getMessage(), e);
        }
    }

    public List<FigureRow> allCities(ReportPeriod period) {
        try (Connection c = dataSource.getConnection()) {
            return FigureQueries.allCities(c, period);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the cities' figures failed: " + e.getMessage(), e);
        }
    }
}
