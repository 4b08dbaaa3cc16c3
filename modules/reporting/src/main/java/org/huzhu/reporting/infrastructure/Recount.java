package org.huzhu.reporting.infrastructure;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.huzhu.reporting.domain.Grain;

/**
 * The read model of one tenant recounted from the raw tables (enrolment, enrolment_payment, claim, payout_payment):
 * after migrations, for figures written by SQL (demo data, the bench) and by tests, which compare it with the
 * figures the events kept. Plain JDBC on the caller's connection (the server's transaction, or the bench's), so
 * it is the same SQL everywhere. {@code INSERT ... SELECT} reads the raw rows with shared locks, so a writer of
 * the same rows waits for the recount instead of slipping between its count and its write.
 */
public final class Recount {

    /** The daily figures from the raw tables; each SELECT's first parameter is the tenant. */
    static final List<String> DAILY = List.of(
            "SELECT tenant_id, DATE(enrolled_at), 'ENROLMENTS', plan_code, COALESCE(agency_id, 0), COUNT(*), SUM(fee_fen)"
                    + " FROM enrolment WHERE tenant_id = ? GROUP BY 1, 2, 4, 5",
            // A new member is counted with their first enrolment, the one with the lowest id.
            "SELECT e.tenant_id, DATE(e.enrolled_at), 'NEW_MEMBERS', e.plan_code, COALESCE(e.agency_id, 0), COUNT(*), 0"
                    + " FROM enrolment e JOIN (SELECT MIN(id) id FROM enrolment WHERE tenant_id = ? GROUP BY member_id) f"
                    + " ON f.id = e.id GROUP BY 1, 2, 4, 5",
            "SELECT p.tenant_id, p.paid_on, 'FEES_COLLECTED', '', COALESCE(a.id, 0), COUNT(*), SUM(p.amount_fen)"
                    + " FROM enrolment_payment p JOIN enrolment_import i ON i.tenant_id = p.tenant_id AND i.id = p.import_id"
                    + " JOIN org_unit u ON u.tenant_id = i.tenant_id AND u.id = i.union_id"
                    + " LEFT JOIN org_unit a ON a.tenant_id = u.tenant_id AND a.kind = 'AGENCY_OFFICE'"
                    + " AND u.path LIKE CONCAT(a.path, '%') WHERE p.tenant_id = ? GROUP BY 1, 2, 5",
            "SELECT tenant_id, filed_on, 'CLAIMS_FILED', plan_code, COALESCE(agency_id, 0), COUNT(*), 0"
                    + " FROM claim WHERE tenant_id = ? GROUP BY 1, 2, 4, 5",
            "SELECT tenant_id, paid_on, 'CLAIMS_PAID', plan_code, COALESCE(agency_id, 0), COUNT(*), SUM(approved_fen)"
                    + " FROM claim WHERE tenant_id = ? AND status = 'PAID' GROUP BY 1, 2, 4, 5",
            "SELECT tenant_id, paid_on, 'CLAIMS_PAID_BY_DUE', plan_code, COALESCE(agency_id, 0), COUNT(*),"
                    + " SUM(approved_fen) FROM claim WHERE tenant_id = ? AND status = 'PAID' AND paid_on <= due_date"
                    + " GROUP BY 1, 2, 4, 5",
            "SELECT c.tenant_id, c.paid_on, 'CLAIMS_PAID_IN_10_DAYS', c.plan_code, COALESCE(c.agency_id, 0), COUNT(*),"
                    + " SUM(c.approved_fen) FROM claim c JOIN report_deadline d ON d.tenant_id = c.tenant_id"
                    + " AND d.filed_on = c.filed_on WHERE c.tenant_id = ? AND c.status = 'PAID'"
                    + " AND c.paid_on <= d.within_until GROUP BY 1, 2, 4, 5",
            "SELECT p.tenant_id, r.payout_date, 'PAYMENTS_GATHERED', '', 0, COUNT(*), SUM(p.amount_fen)"
                    + " FROM payout_payment p JOIN payout_run r ON r.tenant_id = p.tenant_id AND r.id = p.run_id"
                    + " WHERE p.tenant_id = ? GROUP BY 1, 2",
            "SELECT tenant_id, settled_on, 'PAYMENTS_PAID', '', 0, COUNT(*), SUM(amount_fen) FROM payout_payment"
                    + " WHERE tenant_id = ? AND status = 'PAID' GROUP BY 1, 2",
            "SELECT tenant_id, settled_on, 'PAYMENTS_FAILED', '', 0, COUNT(*), SUM(amount_fen) FROM payout_payment"
                    + " WHERE tenant_id = ? AND status = 'FAILED' GROUP BY 1, 2");

    private static final String COLUMNS = " (tenant_id, period, figure, plan_code, agency_id, cnt, fen) ";

    private Recount() {
    }

    /**
     * Recounts the tenant's figures in the caller's transaction.
     *
     * @param tenDays the last day a claim filed on a day counts as paid within 10 working days (the tenant's calendar)
     */
    public static void run(Connection c, String tenant, UnaryOperator<LocalDate> tenDays) throws SQLException {
        HeadquartersRollup.share(c, tenant, -1);
        for (Grain grain : Grain.values()) {
            update(c, "DELETE FROM " + grain.table() + " WHERE tenant_id = ?", tenant);
        }
        writeDeadlines(c, tenant, tenDays);
        for (String select : DAILY) {
            update(c, "INSERT INTO " + Grain.DAY.table() + COLUMNS + select, tenant);
        }
        update(c, "INSERT INTO " + Grain.MONTH.table() + COLUMNS + "SELECT tenant_id, DATE_FORMAT(period, '%Y-%m-01'),"
                + " figure, plan_code, agency_id, SUM(cnt), SUM(fen) FROM report_day WHERE tenant_id = ? GROUP BY 1, 2, 3, 4, 5",
                tenant);
        update(c, "INSERT INTO " + Grain.CITY_DAY.table() + COLUMNS + "SELECT tenant_id, period, figure, plan_code, 0,"
                + " SUM(cnt), SUM(fen) FROM report_day WHERE tenant_id = ? GROUP BY 1, 2, 3, 4", tenant);
        update(c, "INSERT INTO " + Grain.CITY_MONTH.table() + COLUMNS + "SELECT tenant_id, period, figure, plan_code, 0,"
                + " SUM(cnt), SUM(fen) FROM report_month WHERE tenant_id = ? GROUP BY 1, 2, 3, 4", tenant);
        update(c, "INSERT INTO " + Grain.CITY_TOTAL_DAY.table() + COLUMNS + "SELECT tenant_id, period, figure, '', 0,"
                + " SUM(cnt), SUM(fen) FROM report_city_day WHERE tenant_id = ? GROUP BY 1, 2, 3", tenant);
        update(c, "INSERT INTO " + Grain.CITY_TOTAL_MONTH.table() + COLUMNS + "SELECT tenant_id, period, figure, '', 0,"
                + " SUM(cnt), SUM(fen) FROM report_city_month WHERE tenant_id = ? GROUP BY 1, 2, 3", tenant);
        HeadquartersRollup.share(c, tenant, 1);
        update(c, "INSERT INTO report_state (tenant_id, rebuilt_at) VALUES (?, NOW(3))"
                + " ON DUPLICATE KEY UPDATE rebuilt_at = NOW(3)", tenant);
    }

    private static void writeDeadlines(Connection c, String tenant, UnaryOperator<LocalDate> tenDays) throws SQLException {
        List<LocalDate> days = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT filed_on FROM claim WHERE tenant_id = ?"
                + " AND status = 'PAID'")) {
            s.setString(1, tenant);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    days.add(r.getDate(1).toLocalDate());
                }
            }
        }
        update(c, "DELETE FROM report_deadline WHERE tenant_id = ?", tenant);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO report_deadline (tenant_id, filed_on, within_until)"
                + " VALUES (?, ?, ?)")) {
            for (LocalDate day : days) {
                s.setString(1, tenant);
                s.setDate(2, Date.valueOf(day));
                s.setDate(3, Date.valueOf(tenDays.apply(day)));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void update(Connection c, String sql, String tenant) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, tenant);
            s.executeUpdate();
        }
    }
}
