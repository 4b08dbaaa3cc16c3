package org.huzhu.relief.api;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Opens a tenant's relief fund (its one row, balance 0) when the tenant is provisioned, in the provisioning tool's
 * transaction; the SQL stays beside this module's migrations. Opened here, the first two donations of a new city can
 * no longer race to create the row (one of them met its unique key and answered 500); a fund opened before is kept.
 */
public final class ReliefFundOpening {

    private ReliefFundOpening() {
    }

    public static void open(Connection c, String tenantId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO relief_fund (tenant_id) VALUES (?) ON DUPLICATE KEY UPDATE tenant_id = tenant_id")) {
            s.setString(1, tenantId);
            s.executeUpdate();
        }
    }
}
