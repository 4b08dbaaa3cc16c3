package org.huzhu.demodata;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Enrolls demo members, set-based in the database: one submitted, fully paid list per grassroots union and
 * term, then each cover for its share of the union's members (always the union's first member, whom the
 * demo member login is linked to), then each list's totals. So the portal's cover pages and enrolment
 * figures show something on a fresh demo.
 */
final class DemoEnrolments {

    private DemoEnrolments() {
    }

    static int write(Connection c, String tenant, List<DemoCover> covers) throws SQLException {
        c.setAutoCommit(false);
        try {
            int enrolled = 0;
            for (Date term : covers.stream().map(d -> Date.valueOf(d.termStart())).distinct().toList()) {
                update(c, "INSERT INTO enrolment_import (tenant_id, union_id, union_code, term_start, file_name, file_kind, "
                        + "file_sha256, status, created_by, created_at, submitted_by, submitted_at, paid_in_full_on) "
                        + "SELECT tenant_id, id, code, ?, 'demo.csv', 'CSV', UNHEX(SHA2(code, 256)), 'SUBMITTED', 'demo', "
                        + "NOW(3), 'demo', NOW(3), ? FROM org_unit u WHERE tenant_id = ? AND kind = 'GRASSROOTS_UNION' "
                        + "AND EXISTS (SELECT 1 FROM member m WHERE m.org_unit_id = u.id)", // a new union has no list yet
                        term, term, tenant);
            }
            for (DemoCover cover : covers) {
                enrolled += enrol(c, tenant, cover);
            }
            for (Date term : covers.stream().map(d -> Date.valueOf(d.termStart())).distinct().toList()) {
                totals(c, tenant, term);
            }
            c.commit();
            return enrolled;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static int enrol(Connection c, String tenant, DemoCover cover) throws SQLException {
        Date term = Date.valueOf(cover.termStart());
        return update(c, "INSERT INTO enrolment (tenant_id, member_id, plan_code, plan_version, term_start, term_end, "
                + "units, fee_fen, union_id, union_code, agency_id, import_id, cover_start, enrolled_at, version) "
                + "SELECT m.tenant_id, m.id, ?, ?, ?, ?, 1, ?, u.id, u.code, u.parent_id, i.id, ?, NOW(3), 0 "
                + "FROM member m JOIN org_unit u ON u.id = m.org_unit_id "
                + "JOIN enrolment_import i ON i.tenant_id = m.tenant_id AND i.union_id = u.id AND i.term_start = ? "
                + "WHERE m.tenant_id = ? AND (MOD(m.id, 10) < ? OR m.id IN (SELECT first_id FROM (SELECT MIN(id) "
                + "AS first_id FROM member WHERE tenant_id = ? GROUP BY org_unit_id) f))",
                cover.planCode(), cover.planVersion(), term, Date.valueOf(cover.termEnd()), cover.feeFenPerUnit(), term,
                term, tenant, cover.share(), tenant);
    }

    private static void totals(Connection c, String tenant, Date term) throws SQLException {
        update(c, "INSERT INTO enrolment_import_total (tenant_id, import_id, plan_code, members, units, fee_fen, version) "
                + "SELECT tenant_id, import_id, plan_code, COUNT(*), SUM(units), SUM(fee_fen), 0 FROM enrolment "
                + "WHERE tenant_id = ? AND term_start = ? GROUP BY tenant_id, import_id, plan_code", tenant, term);
        update(c, "UPDATE enrolment_import i JOIN (SELECT import_id, COUNT(*) AS n, SUM(fee_fen) AS fee FROM enrolment "
                + "WHERE tenant_id = ? AND term_start = ? GROUP BY import_id) e ON e.import_id = i.id "
                + "SET i.total_rows = e.n, i.checked_rows = e.n, i.good_rows = e.n, i.submitted_rows = e.n, "
                + "i.enrolled_rows = e.n, i.fee_fen = e.fee, i.paid_fen = e.fee", tenant, term);
    }

    private static int update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            return s.executeUpdate();
        }
    }
}
