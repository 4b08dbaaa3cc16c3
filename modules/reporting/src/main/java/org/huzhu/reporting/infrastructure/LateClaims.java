package org.huzhu.reporting.infrastructure;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.huzhu.reporting.api.ReportPeriod;
import org.huzhu.reporting.domain.LateClaim;

/**
 * The claims paid in a period after their due date, read from the raw claim table (the list behind the figure;
 * the read model holds counts only). Read a page of {@value #PAGE} at a time, each page after the last one's
 * (paid day, id), so an export of a million rows never holds more than a page: the driver's row-by-row streaming
 * (a negative fetch size) is refused by the server's connection pool. No names or IDs: a claim's number leads to
 * it in the claims queue.
 */
public final class LateClaims {

    static final int PAGE = 5_000;

    private LateClaims() {
    }

    /** Every late claim in paying order, or the first {@code limit} (0: all). */
    public static void each(Connection c, String tenant, ReportPeriod period, String plan, Long agency, int limit,
                            Consumer<LateClaim> sink) throws SQLException {
        String sql = "SELECT id, plan_code, COALESCE(agency_id, 0), filed_on, due_date, paid_on, approved_fen FROM claim"
                + " WHERE tenant_id = ? AND status = 'PAID' AND paid_on BETWEEN ? AND ? AND paid_on > due_date"
                + (plan == null ? "" : " AND plan_code = ?") + (agency == null ? "" : " AND agency_id = ?")
                + " AND (paid_on > ? OR (paid_on = ? AND id > ?)) ORDER BY paid_on, id LIMIT ?";
        LocalDate afterDay = period.from().minusDays(1);
        long afterId = 0;
        int left = limit > 0 ? limit : Integer.MAX_VALUE;
        try (PreparedStatement s = c.prepareStatement(sql)) {
            while (left > 0) {
                int i = 1;
                s.setString(i++, tenant);
                s.setDate(i++, Date.valueOf(period.from()));
                s.setDate(i++, Date.valueOf(period.to()));
                if (plan != null) {
                    s.setString(i++, plan);
                }
                if (agency != null) {
                    s.setLong(i++, agency);
                }
                s.setDate(i++, Date.valueOf(afterDay));
                s.setDate(i++, Date.valueOf(afterDay));
                s.setLong(i++, afterId);
                s.setInt(i, Math.min(PAGE, left));
                int read = 0;
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        LateClaim claim = new LateClaim(r.getLong(1), r.getString(2), r.getLong(3),
                                r.getDate(4).toLocalDate(), r.getDate(5).toLocalDate(), r.getDate(6).toLocalDate(),
                                r.getLong(7));
                        sink.accept(claim);
                        afterDay = claim.paidOn();
                        afterId = claim.claimId();
                        read++;
                    }
                }
                if (read < Math.min(PAGE, left)) {
                    return;
                }
                left -= read;
            }
        }
    }
}
