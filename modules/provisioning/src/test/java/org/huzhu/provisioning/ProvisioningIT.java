package org.huzhu.provisioning;

import org.huzhu.kernel.config.ConfigException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;

/** The tool against the real Keycloak and MariaDB that the test command starts. */
class ProvisioningIT {

    /** Beside the run's own database, so test runs of two worktrees on one server never share it. */
    private static final String DB = System.getenv().getOrDefault("HUZHU_DB_NAME", "huzhu_test") + "_provisioning";
    private static final String TENANT = "it-" + Integer.toString(new Random().nextInt(1 << 30), 36);
    /** This run's lockout: short, so that a lock is seen to lift. */
    private static final int FAILURES = 3;
    private static final int LOCK_SECONDS = 4;

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path config;

    @BeforeAll
    static void writeConfig() throws Exception {
        Files.createDirectories(config.resolve("calendar"));
        Files.copy(TenantConfigLoaderTest.shippedConfig().resolve("calendar/CN-2026.txt"), config.resolve("calendar/CN-2026.txt"));
        Files.createDirectories(config.resolve(TENANT));
        Files.writeString(config.resolve(TENANT).resolve("tenant.yaml"), """
                id: %1$s
                name: { zh: 测试市职工互助保障办事处 %1$s, en: Test City Office %1$s }
                cityOffice: { code: T, name: 测试办事处 }
                users:
                  - { username: %1$s-admin, roles: [office-admin], orgUnit: T }
                  - { username: %1$s-clerk, roles: [grassroots-clerk], orgUnit: T-A-001 }
                  - { username: %1$s-locked, roles: [grassroots-clerk], orgUnit: T-A-001 }
                  - { username: %1$s-policy, roles: [grassroots-clerk], orgUnit: T-A-001 }
                  - { username: %1$s-member, roles: [member], orgUnit: T-A-001 }
                demo:
                  members: 50
                  grassrootsPerAgency: 2
                  regionPrefix: "1101"
                  agencyOffices:
                    - { code: T-A, name: 甲区总工会 }
                  newUnions:
                    - { code: T-A-007, parent: T-A, name: 新入会工会, headcount: 8 }
                relief: { minimumLiving: "1520.50", illnessSharePercent: 75 }
                """.formatted(TENANT));
        Files.writeString(config.resolve(TENANT).resolve("calendar.txt"), "2026-12-31 holiday 测试市假日\n");
        Files.createDirectories(config.resolve(TENANT).resolve("plans"));
        Files.writeString(config.resolve(TENANT).resolve("plans/accident.yaml"), ACCIDENT_PLAN);
        Files.writeString(config.resolve("logins.yaml"), """
                passwordPolicy: "length(12) and notUsername"
                lockout: { failures: %d, lockSeconds: %d, maxLockSeconds: %d, forgetAfterSeconds: 600 }
                """.formatted(FAILURES, LOCK_SECONDS, LOCK_SECONDS));
        Files.writeString(config.resolve("headquarters.yaml"),
                "users:\n  - { username: %s-hq, roles: [hq-analyst] }\n".formatted(TENANT));
        DatabaseProvisioner database = new DatabaseProvisioner(jdbcUrl(), env("HUZHU_DB_USER", "root"),
                env("HUZHU_DB_PASSWORD", ""), config);
        database.recreateDatabase();
        database.migrate();
        try (Keycloak keycloak = admin()) {
            new KeycloakProvisioner(keycloak, options(config), LoginSecurity.load(config)).ensureRealm();
        }
    }

    @Test
    void a_tenant_is_provisioned_into_keycloak_and_the_database_and_again_without_change() throws Exception {
        ProvisioningMain.apply(options(config));
        ProvisioningMain.apply(options(config));

        JsonNode claims = claimsOf(TENANT + "-admin");
        assertThat(claims.get("organization").toString()).isEqualTo("[\"" + TENANT + "\"]");
        assertThat(claims.get("groups").toString()).contains("office-admin");
        assertThat(claims.get("org_unit").asText()).isEqualTo("T");
        assertThat(claims.get("aud").toString()).contains("huzhu-api");
        assertThat(claimsOf(TENANT + "-clerk").get("org_unit").asText()).isEqualTo("T-A-001");

        assertThat(count("SELECT COUNT(*) FROM tenant WHERE id = '" + TENANT + "' AND status = 'ACTIVE'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM tenant_calendar_day WHERE tenant_id = '" + TENANT + "'"))
                .as("the 2026 national days plus the tenant's own").isEqualTo(40);
        assertThat(count("SELECT COUNT(*) FROM member WHERE tenant_id = '" + TENANT + "'")).isEqualTo(50);
        assertThat(count("SELECT COUNT(*) FROM relief_settings WHERE tenant_id = '" + TENANT + "' AND "
                + "minimum_living_fen = 152050 AND illness_share_percent = 75 AND updated_by = 'tenant-config'"))
                .as("the file's hardship lines, once").isEqualTo(1);
        int year = java.time.LocalDate.now().getYear();
        long lastYear = count("SELECT COUNT(*) FROM enrolment WHERE tenant_id = '" + TENANT + "' AND term_start = '"
                + (year - 1) + "-01-01'");
        long thisYear = count("SELECT COUNT(*) FROM enrolment WHERE tenant_id = '" + TENANT + "' AND term_start = '"
                + year + "-01-01'");
        assertThat(lastYear).as("demo enrolments last year").isPositive();
        assertThat(thisYear).as("a few more this year, and none twice after a second apply")
                .isGreaterThanOrEqualTo(lastYear).isLessThanOrEqualTo(50);
        assertThat(count("SELECT COUNT(*) FROM enrolment_import i WHERE i.tenant_id = '" + TENANT + "' AND "
                + "i.enrolled_rows <> (SELECT COUNT(*) FROM enrolment e WHERE e.import_id = i.id)"))
                .as("each demo list's counts match its enrolments").isZero();
        assertThat(count("SELECT COUNT(*) FROM enrolment e JOIN member m ON m.id = e.member_id WHERE e.tenant_id = '"
                + TENANT + "' AND m.id IN (SELECT MIN(id) FROM member WHERE tenant_id = '" + TENANT
                + "' GROUP BY org_unit_id) AND e.term_start = '" + year + "-01-01'"))
                .as("every union's first member, whom a member login links to, has cover").isEqualTo(2);
        String newUnion = "(SELECT id FROM org_unit WHERE tenant_id = '" + TENANT + "' AND code = 'T-A-007' AND headcount = 8)";
        assertThat(count("SELECT COUNT(*) FROM org_unit WHERE id = " + newUnion)).as("a union that just joined").isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM member WHERE org_unit_id = " + newUnion)
                + count("SELECT COUNT(*) FROM enrolment_import WHERE union_id = " + newUnion))
                .as("with neither members nor a list yet").isZero();
        try (Keycloak keycloak = admin()) {
            assertThat(keycloak.realm("huzhu").organizations().list(0, 1000).stream()
                    .filter(o -> TENANT.equals(o.getAlias())).count()).isEqualTo(1);
            assertThat(keycloak.realm("huzhu").users().searchByUsername(TENANT + "-admin", true)).hasSize(1);
        }
        JsonNode headquarters = claimsOf(TENANT + "-hq");
        assertThat(headquarters.has("organization")).as("headquarters belongs to no organization").isFalse();
        assertThat(headquarters.get("groups").toString()).contains("hq-analyst");
    }

    /** The files replace the years they list (2026 here), not a year an office uploaded in the portal. */
    @Test
    void a_calendar_year_uploaded_in_the_portal_survives_a_new_apply() throws Exception {
        ProvisioningMain.apply(options(config));
        execute("INSERT INTO tenant_calendar_day (tenant_id, day, kind, name) VALUES ('" + TENANT
                + "', '2027-01-01', 'HOLIDAY', '元旦') ON DUPLICATE KEY UPDATE name = name");
        execute("UPDATE tenant_calendar_day SET name = 'changed' WHERE tenant_id = '" + TENANT
                + "' AND day = '2026-10-01'");
        ProvisioningMain.apply(options(config));
        assertThat(count("SELECT COUNT(*) FROM tenant_calendar_day WHERE tenant_id = '" + TENANT
                + "' AND YEAR(day) = 2027")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM tenant_calendar_day WHERE tenant_id = '" + TENANT
                + "' AND day = '2026-10-01' AND name = '国庆节'")).as("the file's year is the file's again").isEqualTo(1);
        execute("DELETE FROM tenant_calendar_day WHERE tenant_id = '" + TENANT + "' AND YEAR(day) = 2027");
    }

    @Test
    void a_changed_client_or_user_is_brought_back_in_line() throws Exception {
        ProvisioningMain.apply(options(config));
        try (Keycloak keycloak = admin()) {
            RealmResource realm = keycloak.realm("huzhu");
            ClientResource cli = realm.clients().get(realm.clients().findByClientId("huzhu-cli").get(0).getId());
            cli.getProtocolMappers().getMappers().stream().filter(m -> "org_unit".equals(m.getName()))
                    .forEach(m -> cli.getProtocolMappers().delete(m.getId()));
            cli.getDefaultClientScopes().stream().filter(s -> "organization".equals(s.getName()))
                    .forEach(s -> cli.removeDefaultClientScope(s.getId()));
            UserResource admin = realm.users().get(realm.users().searchByUsername(TENANT + "-admin", true).get(0).getId());
            admin.roles().realmLevel().add(List.of(realm.roles().get("hq-analyst").toRepresentation()));
            assertThat(claimsOf(TENANT + "-admin").has("org_unit")).isFalse();
        }
        ProvisioningMain.apply(options(config));
        JsonNode claims = claimsOf(TENANT + "-admin");
        assertThat(claims.get("org_unit").asText()).isEqualTo("T");
        assertThat(claims.get("organization").toString()).isEqualTo("[\"" + TENANT + "\"]");
        assertThat(claims.get("groups").toString()).contains("office-admin").doesNotContain("hq-analyst");
    }

    @Test
    void huzhu_web_sends_login_codes_to_the_app_s_own_address_only() throws Exception {
        ProvisioningMain.apply(options(config));
        String own = options(config).webUrl() + KeycloakProvisioner.LOGIN_REDIRECT_PATH;
        assertThat(authorize(own).statusCode()).as("the app's own redirect").isEqualTo(200);
        HttpResponse<String> foreign = authorize("https://attacker.example.org/collect");
        assertThat(foreign.statusCode()).as("a foreign redirect").isEqualTo(400);
        assertThat(foreign.body()).contains("redirect_uri").doesNotContain("code=");
        assertThat(authorize(options(config).webUrl() + "/somewhere-else").statusCode())
                .as("another path of the app's own host").isEqualTo(400);
    }

    /** The first step of a browser login with huzhu-web: Keycloak's login page, or its refusal. */
    private static HttpResponse<String> authorize(String redirectUri) throws Exception {
        String url = keycloakUrl() + "/realms/huzhu/protocol/openid-connect/auth?response_type=code&scope=openid"
                + "&client_id=huzhu-web&state=s1&redirect_uri=" + java.net.URLEncoder.encode(redirectUri, StandardCharsets.UTF_8);
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_password_grant_serves_staff_scripts_and_refuses_members() throws Exception {
        ProvisioningMain.apply(options(config));
        assertThat(passwordGrant(TENANT + "-admin", "demo").statusCode()).isEqualTo(200);
        HttpResponse<String> member = passwordGrant(TENANT + "-member", "demo");
        assertThat(member.statusCode()).as(member.body()).isIn(400, 401);
        assertThat(member.body()).doesNotContain("access_token").doesNotContain("Invalid user credentials");
        assertThat(passwordGrant(TENANT + "-member", "wrong-password").body())
                .as("a wrong password is refused as such, before the role is looked at")
                .contains("Invalid user credentials");
    }

    @Test
    void wrong_passwords_lock_that_login_alone_until_the_lock_lifts_or_an_admin_unlocks_it() throws Exception {
        ProvisioningMain.apply(options(config));
        String login = TENANT + "-locked";
        failTimes(login, FAILURES - 1);
        assertThat(passwordGrant(login, "demo").statusCode()).as("not locked before the limit").isEqualTo(200);

        failTimes(login, FAILURES);
        assertThat(passwordGrant(login, "demo").statusCode()).as("locked: the right password is refused").isEqualTo(400);
        assertThat(locked(login)).isTrue();
        assertThat(passwordGrant(TENANT + "-clerk", "demo").statusCode()).as("another login of the office").isEqualTo(200);
        Thread.sleep(LOCK_SECONDS * 1000L + 1500);
        assertThat(passwordGrant(login, "demo").statusCode()).as("the lock has lifted").isEqualTo(200);

        failTimes(login, FAILURES);
        assertThat(passwordGrant(login, "demo").statusCode()).isEqualTo(400);
        unlock(login);
        assertThat(locked(login)).isFalse();
        assertThat(passwordGrant(login, "demo").statusCode()).as("unlocked by an admin").isEqualTo(200);
    }

    private static void failTimes(String login, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            HttpResponse<String> refused = passwordGrant(login, "wrong-" + i);
            assertThat(refused.statusCode()).as("wrong password %d", i + 1).isIn(400, 401);
            assertThat(refused.body()).contains("Invalid user credentials");
        }
    }

    /** Keycloak's brute-force status of the login (its refusals read the same whether locked or not). */
    private static boolean locked(String login) {
        try (Keycloak keycloak = admin()) {
            RealmResource realm = keycloak.realm("huzhu");
            return Boolean.TRUE.equals(realm.attackDetection().bruteForceUserStatus(
                    realm.users().searchByUsername(login, true).get(0).getId()).get("disabled"));
        }
    }

    /** What an admin does in Keycloak's console (Users, the user, Unlock): the lock and the count go. */
    private static void unlock(String login) {
        try (Keycloak keycloak = admin()) {
            RealmResource realm = keycloak.realm("huzhu");
            realm.attackDetection().clearBruteForceForUser(realm.users().searchByUsername(login, true).get(0).getId());
        }
    }

    @Test
    void a_password_below_the_policy_is_refused() throws Exception {
        ProvisioningMain.apply(options(config));
        assertThat(setPassword(TENANT + "-policy", "short-pw")).contains("invalidPasswordMinLengthMessage");
        assertThat(setPassword(TENANT + "-policy", TENANT + "-policy")).contains("invalidPasswordNotUsernameMessage");
        assertThat(passwordGrant(TENANT + "-policy", "demo").statusCode()).as("the password is as it was").isEqualTo(200);
        assertThat(setPassword(TENANT + "-policy", "long enough passphrase")).isEmpty();
        assertThat(passwordGrant(TENANT + "-policy", "long%20enough%20passphrase").statusCode()).isEqualTo(200);
    }

    /** An admin setting a user's password: Keycloak's refusal, or empty when it took the password. */
    private static String setPassword(String login, String password) throws Exception {
        try (Keycloak keycloak = admin()) {
            String id = keycloak.realm("huzhu").users().searchByUsername(login, true).get(0).getId();
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                            URI.create(keycloakUrl() + "/admin/realms/huzhu/users/" + id + "/reset-password"))
                    .header("Authorization", "Bearer " + keycloak.tokenManager().getAccessTokenString())
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(new ObjectMapper().writeValueAsString(
                            java.util.Map.of("type", "password", "value", password, "temporary", false))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 204 ? "" : response.statusCode() + " " + response.body();
        }
    }

    private static final String ACCIDENT_PLAN = """
            code: accident
            name: { zh: 意外, en: Accident }
            versions:
              - version: 1
                effectiveFrom: 2024-01-01
                fee: { perUnit: "20.00" }
                benefits:
                  - { code: accident, kind: accident-tiers, name: { zh: 意外, en: Accident }, tierMaxima: ["10000.00"], gradeShares: { 1: 100 } }
            """;

    @Test
    void a_published_plan_version_cannot_change_and_the_catalogue_stays_as_it_was() throws Exception {
        ProvisioningMain.apply(options(config));
        Path plan = config.resolve(TENANT).resolve("plans/accident.yaml");
        Files.writeString(plan, ACCIDENT_PLAN.replace("\"20.00\"", "\"25.00\""));
        assertThatThrownBy(() -> ProvisioningMain.apply(options(config)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("accident.yaml: versions: version 1 of accident is published and may not change");
        assertThat(count("SELECT COUNT(*) FROM plan_file WHERE tenant_id = '" + TENANT + "' AND content LIKE '%\"20.00\"%'"))
                .isEqualTo(1);
        Files.writeString(plan, ACCIDENT_PLAN + """
                  - version: 2
                    effectiveFrom: 2027-01-01
                    fee: { perUnit: "25.00" }
                    benefits:
                      - { code: accident, kind: accident-tiers, name: { zh: 意外, en: Accident }, tierMaxima: ["12000.00"], gradeShares: { 1: 100 } }
                """);
        ProvisioningMain.apply(options(config));
        assertThat(count("SELECT COUNT(*) FROM plan_file WHERE tenant_id = '" + TENANT + "' AND content LIKE '%version: 2%'"))
                .isEqualTo(1);
    }

    @Test
    void a_version_published_in_the_portal_stays_and_the_next_apply_adds_the_files_new_one_after_it() throws Exception {
        String city = "it-portal-" + Integer.toString(new Random().nextInt(1 << 30), 36);
        Path dir = Files.createTempDirectory("portal-config");
        Files.createDirectories(dir.resolve("calendar"));
        Files.createDirectories(dir.resolve(city).resolve("plans"));
        Files.writeString(dir.resolve(city).resolve("tenant.yaml"), """
                id: %1$s
                name: { zh: 门户发布测试 %1$s, en: Portal publishing %1$s }
                cityOffice: { code: P, name: 门户办事处 }
                users:
                  - { username: %1$s-admin, roles: [office-admin], orgUnit: P }
                """.formatted(city));
        Path plan = dir.resolve(city).resolve("plans/accident.yaml");
        Files.writeString(plan, ACCIDENT_PLAN);
        String[] apply = {"apply", dir.toString(), "--jdbc-url", jdbcUrl(), "--kc-url", keycloakUrl()};
        ProvisioningMain.apply(ProvisioningOptions.parse(apply));

        String publishedInPortal = ACCIDENT_PLAN + accidentVersion(2, "2027-01-01", "25.00");
        try (Connection c = DriverManager.getConnection(jdbcUrl(), env("HUZHU_DB_USER", "root"), env("HUZHU_DB_PASSWORD", ""));
             java.sql.PreparedStatement s = c.prepareStatement(
                     "UPDATE plan_file SET content = ? WHERE tenant_id = ? AND plan_code = 'accident'")) {
            s.setString(1, publishedInPortal);
            s.setString(2, city);
            assertThat(s.executeUpdate()).as("the office admin publishes version 2 in the portal").isEqualTo(1);
        }
        ProvisioningMain.apply(ProvisioningOptions.parse(apply)); // refused before: "published and may not ... disappear"
        String where = " FROM plan_file WHERE tenant_id = '" + city + "' AND plan_code = 'accident'";
        assertThat(count("SELECT COUNT(*)" + where + " AND content LIKE '%25.00%'")).as("version 2 kept").isEqualTo(1);

        Files.writeString(plan, ACCIDENT_PLAN + accidentVersion(3, "2028-01-01", "30.00"));
        ProvisioningMain.apply(ProvisioningOptions.parse(apply));
        assertThat(count("SELECT COUNT(*)" + where + " AND content LIKE '%25.00%' AND content LIKE '%30.00%'"))
                .as("the file's version 3 added after the portal's version 2").isEqualTo(1);
    }

    /**
     * What `./huzhu run` does on a fresh machine: the database made by the driver in the server's default
     * collation (MariaDB's utf8mb4_general_ci), then migrated. Every table must end in ours, or a join of two text
     * columns (the recount's claims with their deadlines, on the tenant) is refused as a mix of collations.
     */
    @Test
    void a_database_made_in_the_server_s_default_collation_ends_with_every_table_in_ours() throws Exception {
        String db = DB + "_collation";
        String url = jdbcUrl().replace("/" + DB + "?", "/" + db + "?");
        execute("DROP DATABASE IF EXISTS " + db);
        execute("CREATE DATABASE " + db + " CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci");
        new DatabaseProvisioner(url, env("HUZHU_DB_USER", "root"), env("HUZHU_DB_PASSWORD", ""), config).migrate();
        assertThat(count("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = '" + db
                + "' AND TABLE_TYPE = 'BASE TABLE' AND TABLE_COLLATION <> 'utf8mb4_unicode_ci'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = '" + db
                + "' AND DEFAULT_COLLATION_NAME = 'utf8mb4_unicode_ci'")).isOne();
        assertThat(count("SELECT COUNT(*) FROM " + db + ".claim c JOIN " + db + ".report_deadline d ON d.tenant_id"
                + " = c.tenant_id AND d.filed_on = c.filed_on")).isZero();
        execute("DROP DATABASE " + db);
    }

    private static String accidentVersion(int number, String from, String fee) {
        return """
                  - version: %d
                    effectiveFrom: %s
                    fee: { perUnit: "%s" }
                    benefits:
                      - { code: accident, kind: accident-tiers, name: { zh: 意外, en: Accident }, tierMaxima: ["12000.00"], gradeShares: { 1: 100 } }
                """.formatted(number, from, fee);
    }

    @Test
    void a_broken_tenant_file_is_refused_and_nothing_of_it_is_created() throws Exception {
        String broken = "it-broken-" + Integer.toString(new Random().nextInt(1 << 30), 36);
        Path dir = Files.createTempDirectory("broken-config");
        Files.createDirectories(dir.resolve("calendar"));
        Files.createDirectories(dir.resolve(broken));
        Files.writeString(dir.resolve(broken).resolve("tenant.yaml"), """
                id: %1$s
                name: { zh: 坏, en: Broken }
                cityOffice: { code: B, name: 坏 }
                users:
                  - { username: %1$s-admin, roles: [office-admin], orgUnit: NOWHERE }
                """.formatted(broken));
        assertThatThrownBy(() -> ProvisioningMain.apply(options(dir)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("tenant.yaml: users[0].orgUnit: 'NOWHERE' is not an org unit of this tenant");
        try (Keycloak keycloak = admin()) {
            assertThat(keycloak.realm("huzhu").users().searchByUsername(broken + "-admin", true)).isEmpty();
            assertThat(keycloak.realm("huzhu").organizations().list(0, 1000)).noneMatch(o -> broken.equals(o.getAlias()));
        }
        assertThat(count("SELECT COUNT(*) FROM tenant WHERE id = '" + broken + "'")).isZero();
    }

    private static ProvisioningOptions options(Path dir) {
        return ProvisioningOptions.parse(new String[] {"apply", dir.toString(), "--demo-data", "--jdbc-url", jdbcUrl(),
                "--kc-url", keycloakUrl()});
    }

    private static JsonNode claimsOf(String username) throws Exception {
        HttpResponse<String> response = passwordGrant(username, "demo");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String token = new ObjectMapper().readTree(response.body()).get("access_token").asText();
        return new ObjectMapper().readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl(), env("HUZHU_DB_USER", "root"), env("HUZHU_DB_PASSWORD", ""));
             Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    /** A script's token request: client huzhu-cli, password grant. */
    private static HttpResponse<String> passwordGrant(String username, String password) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloakUrl() + "/realms/huzhu/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=huzhu-cli&username=" + username
                        + "&password=" + password)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl(), env("HUZHU_DB_USER", "root"), env("HUZHU_DB_PASSWORD", ""));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Keycloak admin() {
        return KeycloakBuilder.builder().serverUrl(keycloakUrl()).realm("master").clientId("admin-cli")
                .username(env("KC_BOOTSTRAP_ADMIN_USERNAME", "admin"))
                .password(env("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin")).build();
    }

    private static String keycloakUrl() {
        return "http://localhost:" + env("HUZHU_KC_PORT", "8180");
    }

    private static String jdbcUrl() {
        return "jdbc:mysql://" + env("HUZHU_DB_HOST", "127.0.0.1") + ":" + env("HUZHU_DB_PORT", "3306") + "/" + DB
                + "?createDatabaseIfNotExist=true&rewriteBatchedStatements=true";
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
