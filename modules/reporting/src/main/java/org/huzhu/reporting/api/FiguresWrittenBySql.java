package org.huzhu.reporting.api;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * For a tool that writes figures' raw rows by SQL, beside the running app and its events (the provisioning tool's
 * demo enrolments): the tenant's figures are marked never recounted, and the app's next round recounts them (every
 * {@code ReadModelRebuild.ROUND_SECONDS} s) without a restart. Called after the rows are committed: a round that
 * recounted the tenant while they were being written counted too few, and is done again. The SQL stays beside this
 * module's migrations.
 */
public final class FiguresWrittenBySql {

    private FiguresWrittenBySql() {
    }

    public static void recountNeeded(Connection c, String tenantId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM report_state WHERE tenant_id = ?")) {
            s.setString(1, tenantId);
            s.executeUpdate();
        }
    }
}
