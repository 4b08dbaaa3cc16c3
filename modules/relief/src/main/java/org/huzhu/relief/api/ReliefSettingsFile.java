package org.huzhu.relief.api;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.huzhu.kernel.config.ConfigFields;
import org.huzhu.relief.api.HardshipRegister.Settings;

/**
 * A tenant's hardship lines from tenant.yaml {@code relief: { minimumLiving: "1470.00", illnessSharePercent: 80 }}:
 * read and checked by the provisioning tool (each mistake names the file, the field and the rule) and written in
 * its transaction, the SQL beside this module's migrations. The file's lines replace those set in the portal, as
 * the claims policy's do; a tenant without the section keeps what it has (the defaults until an admin sets some).
 */
public final class ReliefSettingsFile {

    /** Who the settings row names as having set the lines. */
    public static final String WRITER = "tenant-config";

    private ReliefSettingsFile() {
    }

    public static Settings read(ConfigFields relief) {
        long minimumLiving = relief.money("minimumLiving").fen();
        if (minimumLiving <= 0) {
            throw relief.error("minimumLiving", "must be a positive amount of yuan a head a month, e.g. \"1470.00\"");
        }
        return new Settings(minimumLiving, relief.number("illnessSharePercent", 1, 1_000));
    }

    public static void write(Connection c, String tenantId, Settings settings) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO relief_settings (tenant_id, minimum_living_fen, "
                + "illness_share_percent, updated_by) VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE "
                + "minimum_living_fen = VALUES(minimum_living_fen), "
                + "illness_share_percent = VALUES(illness_share_percent), updated_by = VALUES(updated_by), "
                + "version = version + 1")) {
            s.setString(1, tenantId);
            s.setLong(2, settings.minimumLivingFen());
            s.setInt(3, settings.illnessSharePercent());
            s.setString(4, WRITER);
            s.executeUpdate();
        }
    }
}
