package org.huzhu.reporting.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.huzhu.reporting.api.ReportPeriod;
import org.huzhu.reporting.domain.Figure;
import org.huzhu.reporting.domain.FigureRow;
import org.huzhu.reporting.domain.Grain;
import org.huzhu.reporting.domain.PeriodSplit;

/**
 * The dashboards' reads of the read model, in plain JDBC so the server and the bench run the very same SQL. Each
 * period is answered as {@link PeriodSplit} says: months, plus days, less days, netted to one row per cell.
 * The tenant is a parameter here: the server passes the caller's tenant from its context (never a request
 * parameter), headquarters passes none and reads every city at once, grouped by tenant.
 */
public final class FigureQueries {

    private FigureQueries() {
    }

    /**
     * An office's figures per figure, plan, agency office and month. Null filters: everything. At most two reads,
     * each rows as stored without GROUP BY: the whole months (a month's row is already one per cell), and every
     * range of days, added or taken away, in one pass (summed here). For a few hundred rows the database's
     * temporary table and sort, and each further round trip on a busy server, cost more than the reading itself.
     */
    public static List<FigureRow> office(Connection c, String tenant, ReportPeriod period, String plan, Long agency)
            throws SQLException {
        List<FigureRow> rows = new ArrayList<>();
        PeriodSplit split = PeriodSplit.of(period);
        if (split.months().isPresent()) {
            rows.addAll(officeRows(c, Grain.MONTH, tenant, List.of(split.months().get()), List.of(), plan, agency));
        }
        if (!split.days().isEmpty() || !split.less().isEmpty()) {
            rows.addAll(officeRows(c, Grain.DAY, tenant, split.days(), split.less(), plan, agency));
        }
        return net(rows);
    }

    private static List<FigureRow> officeRows(Connection c, Grain grain, String tenant, List<ReportPeriod> added,
                                              List<ReportPeriod> less, String plan, Long agency) throws SQLException {
        List<ReportPeriod> ranges = new ArrayList<>(added);
        ranges.addAll(less);
        String sql = "SELECT figure, plan_code, agency_id, period, cnt, fen FROM " + grain.table() + " WHERE tenant_id = ? AND ("
                + String.join(" OR ", java.util.Collections.nCopies(ranges.size(), "period BETWEEN ? AND ?")) + ")"
                + (plan == null ? "" : " AND plan_code = ?") + (agency == null ? "" : " AND agency_id = ?");
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            s.setString(i++, tenant);
            for (ReportPeriod range : ranges) {
                s.setDate(i++, Date.valueOf(range.from()));
                s.setDate(i++, Date.valueOf(range.to()));
            }
            if (plan != null) {
                s.setString(i++, plan);
            }
            if (agency != null) {
                s.setLong(i, agency);
            }
            try (ResultSet r = s.executeQuery()) {
                List<FigureRow> rows = new ArrayList<>();
                while (r.next()) {
                    Figure figure = figure(r.getString(1));
                    LocalDate day = r.getDate(4).toLocalDate();
                    int sign = less.stream().anyMatch(p -> !day.isBefore(p.from()) && !day.isAfter(p.to())) ? -1 : 1;
                    if (figure != null) {
                        rows.add(new FigureRow(tenant, figure, r.getString(2), r.getLong(3), day.withDayOfMonth(1),
                                sign * r.getLong(5), sign * r.getLong(6)));
                    }
                }
                return rows;
            }
        }
    }

    /**
     * Every city's totals per figure (plan null: from the grain without plans) or one plan's, for the period:
     * tenant, figure, count, fen.
     */
    public static List<FigureRow> perCity(Connection c, ReportPeriod period, String plan) throws SQLException {
        List<FigureRow> rows = new ArrayList<>();
        PeriodSplit split = PeriodSplit.of(period);
        String select = "SELECT tenant_id, figure, '' p, 0 a, NULL m";
        if (split.months().isPresent()) {
            rows.addAll(cityRows(c, select, plan == null ? Grain.CITY_TOTAL_MONTH.table() : Grain.CITY_MONTH.table(),
                    split.months().get(), plan, "tenant_id, figure"));
        }
        String dayTable = plan == null ? Grain.CITY_TOTAL_DAY.table() : Grain.CITY_DAY.table();
        for (ReportPeriod days : split.days()) {
            rows.addAll(cityRows(c, select, dayTable, days, plan, "tenant_id, figure"));
        }
        for (ReportPeriod days : split.less()) {
            rows.addAll(negated(cityRows(c, select, dayTable, days, plan, "tenant_id, figure")));
        }
        return net(rows);
    }

    /** All cities together per figure, plan and month (the rollup's 16 shards added up): trend and plan bars. */
    public static List<FigureRow> allCities(Connection c, ReportPeriod period) throws SQLException {
        List<FigureRow> rows = new ArrayList<>();
        PeriodSplit split = PeriodSplit.of(period);
        if (split.months().isPresent()) {
            rows.addAll(cityRows(c, "SELECT '' t, figure, plan_code, 0 a, period m", "report_hq_month",
                    split.months().get(), null, "figure, plan_code, m"));
        }
        String select = "SELECT '' t, figure, plan_code, 0 a, " + month(Grain.DAY) + " m";
        for (ReportPeriod days : split.days()) {
            rows.addAll(cityRows(c, select, "report_hq_day", days, null, "figure, plan_code, m"));
        }
        for (ReportPeriod days : split.less()) {
            rows.addAll(negated(cityRows(c, select, "report_hq_day", days, null, "figure, plan_code, m")));
        }
        return net(rows);
    }

    private static List<FigureRow> cityRows(Connection c, String select, String table, ReportPeriod range, String plan,
                                            String groups) throws SQLException {
        String sql = select + ", SUM(cnt), SUM(fen) FROM " + table + " WHERE period BETWEEN ? AND ?"
                + (plan == null ? "" : " AND plan_code = ?") + " GROUP BY " + groups;
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setDate(1, Date.valueOf(range.from()));
            s.setDate(2, Date.valueOf(range.to()));
            if (plan != null) {
                s.setString(3, plan);
            }
            try (ResultSet r = s.executeQuery()) {
                List<FigureRow> rows = new ArrayList<>();
                while (r.next()) {
                    Figure figure = figure(r.getString(2));
                    if (figure != null) {
                        Date m = r.getDate(5);
                        rows.add(new FigureRow(r.getString(1), figure, r.getString(3), r.getLong(4),
                                m == null ? null : m.toLocalDate(), r.getLong(6), r.getLong(7)));
                    }
                }
                return rows;
            }
        }
    }

    private static List<FigureRow> negated(List<FigureRow> rows) {
        return rows.stream().map(r -> new FigureRow(r.tenant(), r.figure(), r.planCode(), r.agencyId(), r.month(),
                -r.count(), -r.fen())).toList();
    }

    /** One row per cell: a month read whole and the days taken away from it added up. */
    private static List<FigureRow> net(List<FigureRow> rows) {
        Map<List<Object>, FigureRow> cells = new LinkedHashMap<>();
        for (FigureRow r : rows) {
            cells.merge(Arrays.asList(r.tenant(), r.figure(), r.planCode(), r.agencyId(), r.month()), r,
                    (a, b) -> new FigureRow(a.tenant(), a.figure(), a.planCode(), a.agencyId(), a.month(),
                            a.count() + b.count(), a.fen() + b.fen()));
        }
        return List.copyOf(cells.values());
    }

    private static String month(Grain grain) {
        return grain.monthly() ? "period" : "CAST(DATE_FORMAT(period, '%Y-%m-01') AS DATE)";
    }

    /** A figure this version knows; rows of a newer one (written by a later deployment) are left out. */
    private static Figure figure(String code) {
        try {
            return Figure.valueOf(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
