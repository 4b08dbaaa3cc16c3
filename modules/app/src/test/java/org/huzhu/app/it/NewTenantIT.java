package org.huzhu.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Random;
import org.huzhu.provisioning.ProvisioningMain;
import org.huzhu.provisioning.ProvisioningOptions;
import org.junit.jupiter.api.Test;

/** A third city applied with the provisioning tool is live in the running app: no redeploy, no restart. */
class NewTenantIT {

    private static final Path SHIPPED = Paths.get(System.getProperty("huzhu.config.dir", "../../tenant-config"));

    /** The city's tenant.yaml: its name, city office and admin, then {@code more} (YAML, e.g. its demo data). */
    private static void writeTenant(Path config, String city, String more) throws java.io.IOException {
        Files.createDirectories(config.resolve(city));
        Files.writeString(config.resolve(city).resolve("tenant.yaml"), """
                id: %1$s
                name: { zh: %1$s市职工互助保障办事处, en: %1$s city office }
                cityOffice: { code: C, name: 办事处 }
                users:
                  - { username: %1$s-admin, roles: [office-admin], orgUnit: C }
                """.formatted(city) + more);
    }

    /** A tenant-config folder of the test's own, holding the shipped calendar the provisioning tool needs. */
    private static Path configWithCalendar() throws java.io.IOException {
        Path config = Files.createTempDirectory("tenant-config");
        Files.createDirectories(config.resolve("calendar"));
        Files.copy(SHIPPED.resolve("calendar/CN-2026.txt"), config.resolve("calendar/CN-2026.txt"));
        return config;
    }

    @Test
    void a_new_city_applied_while_the_app_runs_logs_in_to_an_empty_portal() throws Exception {
        String city = "city" + Integer.toString(new Random().nextInt(1 << 24), 36);
        Path config = configWithCalendar();
        writeTenant(config, city, "");

        assertThat(Api.get("hq-analyst", "/api/v1/hq/tenants").body()).doesNotContain(city);
        ProvisioningMain.apply(ProvisioningOptions.parse(new String[] {"apply", config.toString(), "--tenant", city}));

        JsonNode me = Api.get(city + "-admin", "/api/v1/me").json();
        assertThat(me.get("tenant").asText()).isEqualTo(city);
        JsonNode members = Api.get(city + "-admin", "/api/v1/members").json();
        assertThat(members.get("items").size()).isZero();
        assertThat(Api.get("hq-analyst", "/api/v1/hq/tenants").body()).contains(city);
        firstDonationsAtOnce(city);
    }

    /**
     * A city applied with demo data while the app runs shows its figures without a restart: its members' enrolments,
     * written by the tool's SQL, are counted by the app's recount round. Before, the recount of cities never counted
     * ran once at start-up, and this dashboard showed no enrolment until the next restart.
     */
    @Test
    void a_new_city_applied_with_demo_data_while_the_app_runs_shows_its_figures_without_a_restart() throws Exception {
        String city = "city" + Integer.toString(new Random().nextInt(1 << 24), 36);
        Path config = configWithCalendar();
        Files.createDirectories(config.resolve(city).resolve("plans"));
        try (var plans = Files.list(SHIPPED.resolve("beijing/plans"))) {
            for (Path plan : plans.toList()) {
                Files.copy(plan, config.resolve(city).resolve("plans").resolve(plan.getFileName()));
            }
        }
        writeTenant(config, city, """
                demo:
                  members: 40
                  grassrootsPerAgency: 2
                  regionPrefix: "6101"
                  agencyOffices:
                    - { code: C-A, name: 甲区总工会 }
                """);

        ProvisioningMain.apply(ProvisioningOptions.parse(new String[] {"apply", config.toString(), "--tenant", city,
                "--demo-data"}));

        long enrolments = 0;
        long deadline = System.currentTimeMillis() + 60_000; // the round runs every 10 s; a loaded machine is slower
        while (enrolments == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(1000);
            enrolments = Api.get(city + "-admin", "/api/v1/reports/office").json()
                    .at("/current/figures/ENROLMENTS/count").asLong();
        }
        long stored;
        try (var c = Platform.database(); var s = c.prepareStatement("SELECT COUNT(*) FROM enrolment WHERE tenant_id = ?"
                + " AND YEAR(enrolled_at) = YEAR(CURRENT_DATE)")) {
            s.setString(1, city);
            try (var r = s.executeQuery()) {
                r.next();
                stored = r.getLong(1);
            }
        }
        assertThat(stored).as("demo enrolments made today").isPositive();
        assertThat(enrolments).as("this year's enrolments on the dashboard, within a minute of the apply")
                .isEqualTo(stored);
    }

    /**
     * The city's relief fund is opened with the city, so its first two donations, sent at once, are both taken
     * (a fund row made by the first movement let one of them meet the row's unique key and answer 500).
     */
    private static void firstDonationsAtOnce(String city) throws Exception {
        try (var c = Platform.database(); var s = c.prepareStatement(
                "SELECT balance_fen FROM relief_fund WHERE tenant_id = ?")) {
            s.setString(1, city);
            try (var r = s.executeQuery()) {
                assertThat(r.next()).as("the fund is opened with the city").isTrue();
                assertThat(r.getLong(1)).isZero();
            }
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var replies = pool.invokeAll(java.util.List.of(donation(city, "N1"), donation(city, "N2")));
            for (var reply : replies) {
                assertThat(reply.get().status()).as(reply.get().body()).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(Api.get(city + "-admin", "/api/v1/relief-fund").json().get("balanceFen").asLong())
                .isEqualTo(2 * 100_000);
    }

    private static java.util.concurrent.Callable<Api.Reply> donation(String city, String receipt) {
        return () -> Api.post(city + "-admin", "/api/v1/relief-fund/donations", "{\"donor\":\"市总工会\","
                + "\"amountFen\":100000,\"donatedOn\":\"" + java.time.LocalDate.now().minusDays(1)
                + "\",\"receiptNo\":\"" + city + "-" + receipt + "\"}");
    }
}
