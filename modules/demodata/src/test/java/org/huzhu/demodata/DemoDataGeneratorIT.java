package org.huzhu.demodata;

import static org.assertj.core.api.Assertions.assertThat;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.Period;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.huzhu.kernel.identity.Gender;
import org.huzhu.kernel.identity.NationalId;
import org.huzhu.kernel.pii.Masking;
import org.huzhu.kernel.pii.PersonalDataProtector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generator against the real MariaDB, in a database of its own made from the modules' migrations. */
class DemoDataGeneratorIT {

    /** Beside the run's own database, so test runs of two worktrees on one server never share it. */
    private static final String DB = System.getenv().getOrDefault("HUZHU_DB_NAME", "huzhu_test") + "_demodata";
    private static final PersonalDataProtector PROTECTOR = PersonalDataProtector.fromBase64Key(
            Base64.getEncoder().encodeToString("demo-data-test-key-32-bytes-long".getBytes(StandardCharsets.US_ASCII)));
    private static MysqlDataSource dataSource;

    @BeforeAll
    static void freshDatabase() throws Exception {
        MysqlDataSource server = source("");
        try (Connection c = server.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DB);
            s.execute("CREATE DATABASE " + DB + " CHARACTER SET utf8mb4");
        }
        dataSource = source(DB);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String file : List.of("tenancy/src/main/resources/db/migration/V1_001__tenant.sql",
                    "org/src/main/resources/db/migration/V2_001__org_tree_and_members.sql",
                    "org/src/main/resources/db/migration/V2_005__member_card_cipher.sql")) {
                String script = Files.readString(modulesDir().resolve(file)).replaceAll("(?m)^--.*$", "");
                for (String sql : script.split(";")) {
                    if (!sql.isBlank()) {
                        s.execute(sql);
                    }
                }
            }
        }
    }

    @Test
    void a_tenant_gets_a_correct_tree_and_members_with_protected_valid_ids() throws SQLException {
        DemoDataResult result = generator().generate(spec("it-one", "ONE", 500));
        assertThat(result).isEqualTo(new DemoDataResult(1 + 3 + 3 * 4, 500, false));
        Map<Long, String> paths = new HashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT u.id, u.parent_id, u.path, u.kind, u.code, "
                    + "u.credit_code, p.kind FROM org_unit u LEFT JOIN org_unit p ON p.id = u.parent_id "
                    + "WHERE u.tenant_id = 'it-one' ORDER BY u.id")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String parentPath = rs.getObject(2) == null ? "/" : paths.get(rs.getLong(2));
                    assertThat(parentPath).as("parent written before child").isNotNull();
                    assertThat(rs.getString(3)).isEqualTo(parentPath + id + "/");
                    paths.put(id, rs.getString(3));
                    String kind = rs.getString(4);
                    assertThat(rs.getString(7)).as("parent kind of " + kind).isEqualTo(switch (kind) {
                        case "CITY_OFFICE" -> null;
                        case "AGENCY_OFFICE" -> "CITY_OFFICE";
                        default -> "AGENCY_OFFICE";
                    });
                    if (kind.equals("GRASSROOTS_UNION")) {
                        assertThat(rs.getString(5)).matches("ONE-[ABC]-00[1-4]");
                        assertThat(rs.getString(6)).hasSize(18).startsWith("816103")
                                .matches(org.huzhu.kernel.identity.CreditCode::isValid, "a valid credit code");
                    }
                }
            }
            assertThat(paths).hasSize(16);
            int rows = 0;
            int gigWorkers = 0;
            try (ResultSet rs = s.executeQuery("SELECT m.*, u.path AS unit_path, u.kind AS unit_kind "
                    + "FROM member m JOIN org_unit u ON u.id = m.org_unit_id WHERE m.tenant_id = 'it-one'")) {
                while (rs.next()) {
                    rows++;
                    NationalId id = NationalId.parse(PROTECTOR.decrypt(rs.getBytes("id_number_cipher")));
                    String phone = PROTECTOR.decrypt(rs.getBytes("phone_cipher"));
                    assertThat(PROTECTOR.lookupHash(id.value())).isEqualTo(rs.getBytes("id_number_hash"));
                    assertThat(rs.getString("id_number_masked")).isEqualTo(id.masked());
                    assertThat(rs.getString("gender")).isEqualTo(id.gender() == Gender.MALE ? "M" : "F");
                    assertThat(rs.getDate("birth_date").toLocalDate()).isEqualTo(id.birthDate());
                    assertThat(Period.between(id.birthDate(), LocalDate.now()).getYears()).isBetween(18, 60);
                    assertThat(rs.getDate("joined_on").toLocalDate()).isAfterOrEqualTo(id.birthDate().plusYears(18));
                    assertThat(id.regionCode()).startsWith("6103");
                    assertThat(rs.getString("org_path")).isEqualTo(rs.getString("unit_path"));
                    assertThat(rs.getString("unit_kind")).isEqualTo("GRASSROOTS_UNION");
                    assertThat(rs.getString("status")).isEqualTo("ACTIVE");
                    assertThat(rs.getString("phone_masked")).matches("1[358]\\d\\*{4}\\d{4}")
                            .isEqualTo(Masking.phone(phone));
                    String card = PROTECTOR.decrypt(rs.getBytes("card_no_cipher"));
                    assertThat(PROTECTOR.lookupHash(card)).isEqualTo(rs.getBytes("card_no_hash"));
                    assertThat(rs.getString("card_no_masked")).matches("6215\\*{4}\\d{4}")
                            .isEqualTo(Masking.cardNo(card));
                    gigWorkers += rs.getBoolean("gig_worker") ? 1 : 0;
                    assertNoColumnHoldsInClear(rs, id.value(), id.value().substring(6, 17), phone, card);
                }
            }
            assertThat(rows).isEqualTo(500);
            assertThat(gigWorkers).as("about 5%% gig workers").isBetween(5, 50);
        }
    }

    /** Every column, text or bytes: neither the full number nor its hidden middle may appear. */
    private static void assertNoColumnHoldsInClear(ResultSet rs, String... secrets) throws SQLException {
        for (int col = 1; col <= rs.getMetaData().getColumnCount(); col++) {
            byte[] raw = rs.getBytes(col);
            String asText = raw == null ? "" : new String(raw, StandardCharsets.ISO_8859_1);
            for (String secret : secrets) {
                assertThat(asText).as(rs.getMetaData().getColumnName(col)).doesNotContain(secret);
            }
        }
    }

    @Test
    void a_second_generation_is_skipped_and_tenants_live_side_by_side() throws SQLException {
        // Same seed for both tenants: the same ID numbers in two tenants must not clash.
        generator().generate(spec("it-two", "TWO", 120));
        assertThat(generator().generate(spec("it-two", "TWO", 120)).skipped()).isTrue();
        generator().generate(spec("it-three", "THREE", 80));
        assertThat(count("it-two")).isEqualTo(120);
        assertThat(count("it-three")).isEqualTo(80);
        assertThat(sharedIdNumbers("it-two", "it-three")).isEqualTo(80);
        assertThat(generator().addMembers("it-two", "6103", 300, 42)).as("same seed, new people").isEqualTo(300);
        assertThat(count("it-two")).isEqualTo(420);
        assertThat(count("it-three")).isEqualTo(80);
    }

    private static long sharedIdNumbers(String tenant, String other) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM member a JOIN member b ON a.id_number_hash = "
                     + "b.id_number_hash WHERE a.tenant_id = '" + tenant + "' AND b.tenant_id = '" + other + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static DemoDataGenerator generator() {
        return new DemoDataGenerator(dataSource, PROTECTOR);
    }

    private static DemoSpec spec(String tenant, String code, int members) {
        return new DemoSpec(tenant, code, code + " 办事处", "6103",
                List.of(new AgencySpec(code + "-A", "甲区总工会"), new AgencySpec(code + "-B", "乙区总工会"),
                        new AgencySpec(code + "-C", "丙产业工会")), 4, members, 42);
    }

    private static long count(String tenant) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM member WHERE tenant_id = '" + tenant + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static MysqlDataSource source(String db) {
        MysqlDataSource source = new MysqlDataSource();
        source.setURL("jdbc:mysql://" + env("HUZHU_DB_HOST", "127.0.0.1") + ":" + env("HUZHU_DB_PORT", "3306") + "/" + db
                + "?rewriteBatchedStatements=true");
        source.setUser(env("HUZHU_DB_USER", "root"));
        source.setPassword(env("HUZHU_DB_PASSWORD", ""));
        return source;
    }

    private static Path modulesDir() {
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("modules/tenancy"))) {
            dir = dir.getParent();
        }
        return dir.resolve("modules");
    }

    /** A system property (-DHUZHU_DB_HOST=...) wins over the environment variable of the same name. */
    private static String env(String name, String fallback) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? fallback : value;
    }
}
