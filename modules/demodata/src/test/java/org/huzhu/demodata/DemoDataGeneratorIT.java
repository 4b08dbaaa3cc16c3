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
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.huzhu.kernel.identity.Gender;
import org.huzhu.kernel.identity.NationalId;
import org.huzhu.kernel.pii.PersonalDataProtector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generator against the real MariaDB, in a database of its own made from the modules' migrations. */
class DemoDataGeneratorIT {

    private static final String DB = "huzhu_demodata_test";
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
                    "org/src/main/resources/db/migration/V2_001__org_tree_and_members.sql")) {
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
        assertThat(result).isEqualTo(new DemoDataResult(1 + 3 + 3 * 5, 500, false));
        Map<Long, String> paths = new HashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT id, parent_id, path, kind FROM org_unit WHERE tenant_id = 'it-one' ORDER BY id")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String parentPath = rs.getObject(2) == null ? "/" : paths.get(rs.getLong(2));
                    assertThat(rs.getString(3)).isEqualTo(parentPath + id + "/");
                    paths.put(id, rs.getString(3));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT m.id_number_cipher, m.id_number_hash, m.id_number_masked, "
                    + "m.gender, m.birth_date, m.org_path, u.path, u.kind, m.phone_masked, m.card_no_masked "
                    + "FROM member m JOIN org_unit u ON u.id = m.org_unit_id WHERE m.tenant_id = 'it-one'")) {
                int rows = 0;
                while (rs.next()) {
                    rows++;
                    NationalId id = NationalId.parse(PROTECTOR.decrypt(rs.getBytes(1)));
                    assertThat(Arrays.equals(PROTECTOR.lookupHash(id.value()), rs.getBytes(2))).isTrue();
                    assertThat(rs.getString(3)).isEqualTo(id.masked());
                    assertThat(rs.getString(4)).isEqualTo(id.gender() == Gender.MALE ? "M" : "F");
                    assertThat(rs.getDate(5).toLocalDate()).isEqualTo(id.birthDate());
                    assertThat(rs.getString(6)).isEqualTo(rs.getString(7));
                    assertThat(rs.getString(8)).isEqualTo("GRASSROOTS_UNION");
                    assertThat(id.regionCode()).startsWith("6103");
                    assertThat(new String(rs.getBytes(1), StandardCharsets.ISO_8859_1)).doesNotContain(id.value());
                    assertThat(rs.getString(9)).matches("1[358]\\d\\*{4}\\d{4}");
                    assertThat(rs.getString(10)).matches("6215\\*{4}\\d{4}");
                }
                assertThat(rows).isEqualTo(500);
            }
        }
    }

    @Test
    void a_second_generation_is_skipped_and_tenants_live_side_by_side() throws SQLException {
        generator().generate(spec("it-two", "TWO", 120));
        assertThat(generator().generate(spec("it-two", "TWO", 120)).skipped()).isTrue();
        generator().generate(spec("it-three", "THREE", 80));
        assertThat(count("it-two")).isEqualTo(120);
        assertThat(count("it-three")).isEqualTo(80);
        assertThat(generator().addMembers("it-two", "6103", 300, 99)).isEqualTo(300);
        assertThat(count("it-two")).isEqualTo(420);
    }

    private static DemoDataGenerator generator() {
        return new DemoDataGenerator(dataSource, PROTECTOR);
    }

    private static DemoSpec spec(String tenant, String code, int members) {
        return new DemoSpec(tenant, code, code + " 办事处", "6103",
                List.of(new AgencySpec(code + "-A", "甲区总工会"), new AgencySpec(code + "-B", "乙区总工会"),
                        new AgencySpec(code + "-C", "丙产业工会")), 5, members, 42);
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

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
