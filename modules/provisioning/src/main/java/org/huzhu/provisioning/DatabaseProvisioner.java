package org.huzhu.provisioning;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.huzhu.demodata.DemoDataGenerator;
import org.huzhu.demodata.DemoDataResult;
import org.huzhu.kernel.calendar.CalendarDay;
import org.huzhu.kernel.calendar.CalendarFileParser;
import org.huzhu.kernel.pii.PersonalDataProtector;
import org.huzhu.microloans.api.MicroloanSettingsWriter;
import org.huzhu.plans.api.PlanFileText;
import org.huzhu.plans.api.PlanFiles;
import org.huzhu.relief.api.ReliefFundOpening;
import org.huzhu.relief.api.ReliefSettingsFile;
import org.huzhu.reporting.api.FiguresWrittenBySql;
import org.huzhu.tenancy.api.SchemaMigrations;

/** The database side: schema, the tenant row, the tenant's calendar and, on request, demo data. */
public final class DatabaseProvisioner {

    private final MysqlDataSource dataSource;
    private final Path configDir;

    public DatabaseProvisioner(String jdbcUrl, String user, String password, Path configDir) {
        this.dataSource = new MysqlDataSource();
        dataSource.setURL(jdbcUrl);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        this.configDir = configDir;
    }

    /** Drops and recreates the database of the URL: for test runs that must start from nothing. */
    public void recreateDatabase() throws SQLException {
        String name = databaseName();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + name + "`");
            s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    private String databaseName() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return c.getCatalog();
        }
    }

    public int migrate() {
        return SchemaMigrations.migrate(dataSource);
    }

    /**
     * Writes the tenant row, replaces its calendar and brings its plan catalogue in line, in one transaction.
     *
     * @return what of the stored catalogue was kept though tenant-config lacks it (published in the portal)
     */
    public List<String> applyTenant(TenantConfig tenant) throws SQLException {
        List<CalendarDay> days = calendarOf(tenant.id());
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO tenant (id, name_zh, name_en, status) "
                    + "VALUES (?, ?, ?, 'ACTIVE') ON DUPLICATE KEY UPDATE name_zh = VALUES(name_zh), "
                    + "name_en = VALUES(name_en), status = 'ACTIVE'")) {
                s.setString(1, tenant.id());
                s.setString(2, tenant.nameZh());
                s.setString(3, tenant.nameEn());
                s.executeUpdate();
            }
            deleteCalendarYears(c, tenant.id(), days);
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO tenant_calendar_day (tenant_id, day, kind, name) VALUES (?, ?, ?, ?) "
                            + "ON DUPLICATE KEY UPDATE kind = VALUES(kind), name = VALUES(name)")) {
                for (CalendarDay day : days) {
                    s.setString(1, tenant.id());
                    s.setDate(2, Date.valueOf(day.date()));
                    s.setString(3, day.kind().name());
                    s.setString(4, day.name());
                    s.addBatch();
                }
                s.executeBatch();
            }
            List<String> kept = replacePlans(c, tenant);
            writeClaimPolicy(c, tenant);
            writePayoutPolicy(c, tenant);
            MicroloanSettingsWriter.write(c, tenant.id(), tenant.microloans());
            ReliefFundOpening.open(c, tenant.id());
            if (tenant.relief().isPresent()) {
                ReliefSettingsFile.write(c, tenant.id(), tenant.relief().get());
            }
            c.commit();
            return kept;
        }
    }

    /**
     * The files replace the years they list, and only those: a year an office uploaded in the portal (no CN-YYYY.txt
     * here yet) stays until a file of that year is added.
     */
    private static void deleteCalendarYears(Connection c, String tenantId, List<CalendarDay> days) throws SQLException {
        List<Integer> years = days.stream().map(d -> d.date().getYear()).distinct().toList();
        if (years.isEmpty()) {
            return;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(years.size(), "?"));
        try (PreparedStatement s = c.prepareStatement(
                "DELETE FROM tenant_calendar_day WHERE tenant_id = ? AND YEAR(day) IN (" + marks + ")")) {
            s.setString(1, tenantId);
            for (int i = 0; i < years.size(); i++) {
                s.setInt(i + 2, years.get(i));
            }
            s.executeUpdate();
        }
    }

    private static void writeClaimPolicy(Connection c, TenantConfig tenant) throws SQLException {
        TenantConfig.ClaimPolicy p = tenant.claims();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO claim_policy (tenant_id, review_percent, "
                + "review_above_fen, payout_weekday, limits, document_min_bytes, image_min_pixels, pdf_min_text_chars) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE "
                + "review_percent = VALUES(review_percent), review_above_fen = VALUES(review_above_fen), "
                + "payout_weekday = VALUES(payout_weekday), limits = VALUES(limits), "
                + "document_min_bytes = VALUES(document_min_bytes), image_min_pixels = VALUES(image_min_pixels), "
                + "pdf_min_text_chars = VALUES(pdf_min_text_chars)")) {
            s.setString(1, tenant.id());
            s.setInt(2, p.reviewPercent());
            s.setLong(3, p.reviewAboveFen());
            s.setString(4, p.payoutWeekday());
            s.setString(5, p.limits());
            s.setInt(6, p.documentMinBytes());
            s.setInt(7, p.imageMinPixels());
            s.setInt(8, p.pdfMinTextChars());
            s.executeUpdate();
        }
    }

    /** Payouts' own setting: the weekly payout day (claim_policy.payout_weekday above is no longer read). */
    private static void writePayoutPolicy(Connection c, TenantConfig tenant) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO payout_policy (tenant_id, payout_weekday) "
                + "VALUES (?, ?) ON DUPLICATE KEY UPDATE payout_weekday = VALUES(payout_weekday)")) {
            s.setString(1, tenant.id());
            s.setString(2, tenant.payouts().weekday());
            s.executeUpdate();
        }
    }

    /**
     * The tenant's plan files replace the stored ones, unless they alter a published version; versions and plans
     * published in the portal that the files lack are kept (the database owns what is published).
     */
    private static List<String> replacePlans(Connection c, TenantConfig tenant) throws SQLException {
        List<PlanFileText> stored = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT plan_code, file_name, content FROM plan_file WHERE tenant_id = ? FOR UPDATE")) {
            s.setString(1, tenant.id());
            try (java.sql.ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    stored.add(new PlanFileText(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        PlanFiles.Merged merged = PlanFiles.mergeIntoPublished(stored, tenant.plans());
        try (PreparedStatement s = c.prepareStatement("DELETE FROM plan_file WHERE tenant_id = ?")) {
            s.setString(1, tenant.id());
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO plan_file (tenant_id, plan_code, file_name, content) VALUES (?, ?, ?, ?)")) {
            for (PlanFileText file : merged.files()) {
                s.setString(1, tenant.id());
                s.setString(2, file.planCode());
                s.setString(3, file.fileName());
                s.setString(4, file.content());
                s.addBatch();
            }
            s.executeBatch();
        }
        return merged.kept();
    }

    /**
     * Links each member login of the tenant config to a member of its org unit (the unit's first member), so
     * the demo member sees a cover of their own. A login already linked stays as it is; a unit without
     * members links nobody yet. Real members are linked when they sign up in the member app.
     */
    public int linkMemberLogins(TenantConfig tenant) throws SQLException {
        int linked = 0;
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO member_login (tenant_id, username, member_id, version) "
                     + "SELECT m.tenant_id, ?, m.id, 0 FROM member m JOIN org_unit u ON u.id = m.org_unit_id "
                     + "WHERE m.tenant_id = ? AND u.tenant_id = ? AND u.code = ? ORDER BY m.id LIMIT 1 "
                     + "ON DUPLICATE KEY UPDATE member_id = member_id")) {
            for (UserConfig user : tenant.users()) {
                if (user.roles().contains("member") && user.orgUnit() != null) {
                    s.setString(1, user.username());
                    s.setString(2, tenant.id());
                    s.setString(3, tenant.id());
                    s.setString(4, user.orgUnit());
                    linked += s.executeUpdate() == 1 ? 1 : 0;
                }
            }
        }
        return linked;
    }

    /**
     * The demo org tree and members, and for a fresh tenant their enrolments of last year and this year; then the
     * tenant's figures are marked to be recounted, which a running app does within seconds.
     */
    public DemoDataResult loadDemoData(TenantConfig tenant, PersonalDataProtector protector) throws SQLException {
        DemoDataGenerator generator = new DemoDataGenerator(dataSource, protector);
        DemoDataResult result = generator.generate(tenant.demoSpec());
        if (!result.skipped()) {
            generator.enrol(tenant.id(), DemoCovers.of(tenant.plans(), LocalDate.now()));
            try (Connection c = dataSource.getConnection()) {
                FiguresWrittenBySql.recountNeeded(c, tenant.id());
            }
        }
        return result;
    }

    /** National days from calendar/CN-*.txt, then the tenant's own calendar.txt, which overrides them. */
    private List<CalendarDay> calendarOf(String tenantId) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> national = Files.list(configDir.resolve("calendar"))) {
            national.filter(p -> p.getFileName().toString().matches("CN-\\d{4}\\.txt")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + configDir.resolve("calendar"), e);
        }
        Path own = configDir.resolve(tenantId).resolve("calendar.txt");
        if (Files.exists(own)) {
            files.add(own);
        }
        List<CalendarDay> days = new ArrayList<>();
        for (Path file : files) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                days.addAll(CalendarFileParser.parse(configDir.relativize(file).toString(), reader));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return days;
    }
}
