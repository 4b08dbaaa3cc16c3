package org.huzhu.reporting.infrastructure;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;
import org.huzhu.reporting.api.ReportPeriod;
import org.huzhu.reporting.domain.LateClaim;

/**
 * The claims paid in a period after their due date, read row by row from the raw claim table (the list behind the
 * figure; the read model holds counts only). Streamed with the driver's row-at-a-time mode, so an export of a
 * million rows holds one row at a time. No names or IDs: a claim's number leads to it in the claims queue.
 */
public final class LateClaims {

    private LateClaims() {
    }

    /** Every late claim in paying order, or the first {@code limit} (0: all). */
    public static void each(Connection c, String tenant, ReportPeriod period, String plan, Long agency, int limit,
                            Consumer<LateClaim> sink) throws SQLException {
        String sql = "SELECT id, plan_code, COALESCE(agency_id, 0), filed_on, due_date, paid_on, approved_fen FROM claim"
                + " WHERE tenant_id = ? AND status = 'PAID' AND paid_on BETWEEN ? AND ? AND paid_on > due_date"
                + (plan == null ? "" : " AND plan_code = ?") + (agency == null ? "" : " AND agency_id = ?")
                + " ORDER BY paid_on, id" + (limit > 0 ? " LIMIT " + limit : "");
        try (PreparedStatement s = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            s.setFetchSize(Integer.MIN_VALUE); // MySQL Connector/J: stream the rows
            int i = 1;
            s.setString(i++, tenant);
            s.setDate(i++, Date.valueOf(period.from()));
            s.setDate(i++, Date.valueOf(period.to()));
            if (plan != null) {
                s.setString(i++, plan);
            }
            if (agency != null) {
                s.setLong(i, agency);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    sink.accept(new LateClaim(r.getLong(1), r.getString(2), r.getLong(3), r.getDate(4).toLocalDate(),
                            r.getDate(5).toLocalDate(), r.getDate(6).toLocalDate(), r.getLong(7)));
                }
            }
        }
    }
}
