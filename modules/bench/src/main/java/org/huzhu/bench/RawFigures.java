package org.huzhu.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.huzhu.reporting.api.ReportPeriod;
import org.huzhu.reporting.domain.Figure;
import org.huzhu.reporting.domain.FigureRow;

/**
 * The dashboards' figures the plain way, by GROUP BY over the raw tables on each view: what the read model
 * replaces. Each query reads the period's rows of one table, as a developer would write it with the indexes the
 * tables have; the three paid-claim figures share one pass.
 */
final class RawFigures {

    private RawFigures() {
    }

    static List<FigureRow> office(Connection c, String tenant, ReportPeriod p) throws SQLException {
        return office(c, tenant, p, null, null);
    }

    /** One office's figures per figure, plan, agency office and month. */
    static List<FigureRow> office(Connection c, String tenant, ReportPeriod p, String plan, Long agency)
            throws SQLException {
        String where = " tenant_id = '" + tenant + "'" + (plan == null ? "" : " AND plan_code = '" + plan + "'")
                + (agency == null ? "" : " AND agency_id = " + agency);
        String keys = "plan_code, COALESCE(agency_id, 0), ";
        List<FigureRow> rows = new ArrayList<>();
        rows.addAll(read(c, tenant, "SELECT 'ENROLMENTS', " + keys + month("enrolled_at") + ", COUNT(*), SUM(fee_fen)"
                + " FROM enrolment WHERE" + where + " AND enrolled_at >= ? AND enrolled_at < ? + INTERVAL 1 DAY"
                + " GROUP BY 2, 3, 4", p));
        rows.addAll(read(c, tenant, "SELECT 'NEW_MEMBERS', " + keys + month("enrolled_at") + ", COUNT(*), 0 FROM"
                + " enrolment e WHERE" + where + " AND enrolled_at >= ? AND enrolled_at < ? + INTERVAL 1 DAY AND NOT EXISTS"
                + " (SELECT 1 FROM enrolment f WHERE f.tenant_id = e.tenant_id AND f.member_id = e.member_id"
                + " AND f.id < e.id) GROUP BY 2, 3, 4", p));
        rows.addAll(read(c, tenant, "SELECT 'CLAIMS_FILED', " + keys + month("filed_on") + ", COUNT(*), 0 FROM claim"
                + " WHERE" + where + " AND filed_on BETWEEN ? AND ? GROUP BY 2, 3, 4", p));
        for (String[] paid : List.of(new String[] {"CLAIMS_PAID", "TRUE"},
                new String[] {"CLAIMS_PAID_BY_DUE", "paid_on <= due_date"},
                new String[] {"CLAIMS_PAID_IN_10_DAYS", "paid_on <= filed_on + INTERVAL 14 DAY"})) {
            rows.addAll(read(c, tenant, "SELECT '" + paid[0] + "', " + keys + month("paid_on") + ", COUNT(*),"
                    + " SUM(approved_fen) FROM claim WHERE" + where + " AND status = 'PAID' AND paid_on BETWEEN ? AND ?"
                    + " AND " + paid[1] + " GROUP BY 2, 3, 4", p));
        }
        if (plan == null && agency == null) {
            rows.addAll(payments(c, "p.tenant_id = '" + tenant + "'", "''", p));
        }
        return rows;
    }

    /** Every city's totals per figure, and all cities per figure, plan and month (the trend and plan bars). */
    static List<FigureRow> headquarters(Connection c, ReportPeriod p) throws SQLException {
        List<FigureRow> perCity = new ArrayList<>();
        perCity.addAll(read(c, null, "SELECT 'ENROLMENTS', tenant_id, 0, NULL, COUNT(*), SUM(fee_fen) FROM enrolment"
                + " WHERE enrolled_at >= ? AND enrolled_at < ? + INTERVAL 1 DAY GROUP BY tenant_id", p));
        perCity.addAll(read(c, null, "SELECT 'NEW_MEMBERS', tenant_id, 0, NULL, COUNT(*), 0 FROM enrolment e WHERE"
                + " enrolled_at >= ? AND enrolled_at < ? + INTERVAL 1 DAY AND NOT EXISTS (SELECT 1 FROM enrolment f"
                + " WHERE f.tenant_id = e.tenant_id AND f.member_id = e.member_id AND f.id < e.id) GROUP BY tenant_id", p));
        perCity.addAll(read(c, null, "SELECT 'CLAIMS_FILED', tenant_id, 0, NULL, COUNT(*), 0 FROM claim WHERE"
                + " filed_on BETWEEN ? AND ? GROUP BY tenant_id", p));
        perCity.addAll(read(c, null, "SELECT 'CLAIMS_PAID', tenant_id, 0, NULL, COUNT(*), SUM(approved_fen) FROM claim"
                + " WHERE status = 'PAID' AND paid_on BETWEEN ? AND ? GROUP BY tenant_id", p));
        perCity.addAll(read(c, null, "SELECT 'CLAIMS_PAID_BY_DUE', tenant_id, 0, NULL, COUNT(*), SUM(approved_fen)"
                + " FROM claim WHERE status = 'PAID' AND paid_on BETWEEN ? AND ? AND paid_on <= due_date"
                + " GROUP BY tenant_id", p));
        perCity.addAll(payments(c, "TRUE", "p.tenant_id", p));
        // the trend and the plan bars: all cities per plan and month
        read(c, "", "SELECT 'CLAIMS_PAID', plan_code, 0, " + month("paid_on") + ", COUNT(*), SUM(approved_fen) FROM"
                + " claim WHERE status = 'PAID' AND paid_on BETWEEN ? AND ? GROUP BY 2, 4", p);
        read(c, "", "SELECT 'ENROLMENTS', plan_code, 0, " + month("enrolled_at") + ", COUNT(*), SUM(fee_fen) FROM"
                + " enrolment WHERE enrolled_at >= ? AND enrolled_at < ? + INTERVAL 1 DAY GROUP BY 2, 4", p);
        return perCity;
    }

    /** Payments gathered (by the run's payout day), paid and failed (by the settling day). */
    private static List<FigureRow> payments(Connection c, String where, String group, ReportPeriod p) throws SQLException {
        boolean perTenant = !group.equals("''");
        String tenantCol = perTenant ? "p.tenant_id, 0, NULL" : "'', 0, NULL";
        String by = perTenant ? " GROUP BY p.tenant_id" : "";
        String tenant = perTenant ? null : where.substring(where.indexOf('\'') + 1, where.lastIndexOf('\''));
        List<FigureRow> rows = new ArrayList<>();
        rows.addAll(read(c, tenant, "SELECT 'PAYMENTS_GATHERED', " + tenantCol + ", COUNT(*), SUM(p.amount_fen) FROM"
                + " payout_payment p JOIN payout_run r ON r.tenant_id = p.tenant_id AND r.id = p.run_id WHERE " + where
                + " AND r.payout_date BETWEEN ? AND ?" + by, p));
        rows.addAll(read(c, tenant, "SELECT 'PAYMENTS_PAID', " + tenantCol + ", COUNT(*), SUM(p.amount_fen) FROM"
                + " payout_payment p WHERE " + where + " AND p.status = 'PAID' AND p.settled_on BETWEEN ? AND ?" + by, p));
        rows.addAll(read(c, tenant, "SELECT 'PAYMENTS_FAILED', " + tenantCol + ", COUNT(*), SUM(p.amount_fen) FROM"
                + " payout_payment p WHERE " + where + " AND p.status = 'FAILED' AND p.settled_on BETWEEN ? AND ?" + by, p));
        return rows;
    }

    private static String month(String column) {
        return "CAST(DATE_FORMAT(" + column + ", '%Y-%m-01') AS DATE)";
    }

    /**
     * Rows of: figure, key (plan, or tenant when {@code tenant} is null), agency, month, count, fen. With a tenant
     * the key is the plan; without one it is the tenant.
     */
    private static List<FigureRow> read(Connection c, String tenant, String sql, ReportPeriod p) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setDate(1, Date.valueOf(p.from()));
            s.setDate(2, Date.valueOf(p.to()));
            try (ResultSet r = s.executeQuery()) {
                List<FigureRow> rows = new ArrayList<>();
                while (r.next()) {
                    Date m = r.getDate(4);
                    Figure figure = Figure.valueOf(r.getString(1));
                    rows.add(tenant == null
                            ? new FigureRow(r.getString(2), figure, "", 0, null, r.getLong(5), r.getLong(6))
                            : new FigureRow(tenant, figure, r.getString(2), r.getLong(3), m == null ? null : m.toLocalDate(),
                            r.getLong(5), r.getLong(6)));
                }
                return rows;
            }
        }
    }
}
