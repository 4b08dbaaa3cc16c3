package org.huzhu.bench;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Many cities in one provisioning run, and one more onboarded while the platform runs (issue 18):
 * {@code ./huzhu bench-tenants [count] [members-per-tenant]}. The huzhu script runs the steps in turn and times the
 * provisioning runs themselves (a JVM of the provisioning tool each, as {@code ./huzhu apply-tenant}):
 * <ol>
 * <li>{@code generate count members}: tenant-config folders {@code t001 ..} under
 * {@code modules/bench/target/bench-tenants/run} (the {@code count} of the big run) and {@code .../onboard} (the one
 * more): names, a city office, an office admin, Beijing's plans, a demo tree of 2 agency offices with 3 grassroots
 * unions each and {@code members} members, each city its own region code, so the demo IDs are valid and differ;</li>
 * <li>{@code onboard tenant startMillis appliedMillis}: after the one more was applied to the running platform, the
 * time from the start of its apply until its office admin has a token and the app answers {@code /api/v1/me}, the
 * plans and the member list with the new city's data, and until its dashboard shows the demo enrolments;</li>
 * <li>{@code verify count members runMillis}: counts in the database (tenants, org units, members, plans,
 * enrolments, figures recounted) against what was generated, and the summary.</li>
 * </ol>
 */
public final class TenantsBench {

    static final Path DIR = Paths.get("modules/bench/target/bench-tenants");
    /** The demo tree of each city: 1 city office, 2 agency offices, 3 grassroots unions under each. */
    static final int AGENCIES = 2;
    static final int UNIONS_PER_AGENCY = 3;
    static final int ORG_UNITS = 1 + AGENCIES + AGENCIES * UNIONS_PER_AGENCY;
    private static final String[] DISTRICTS = {"第一区总工会", "第二区总工会"};
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private TenantsBench() {
    }

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "generate" -> generate(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            case "onboard" -> onboard(args[1], Long.parseLong(args[2]), Long.parseLong(args[3]));
            case "verify" -> verify(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Long.parseLong(args[3]));
            default -> throw new IllegalArgumentException("usage: TenantsBench generate <count> <members> | onboard "
                    + "<tenant> <startMillis> <appliedMillis> | verify <count> <members> <runMillis>");
        }
    }

    /** {@code t001}: three digits, more when the count needs them. */
    static String tenantId(int n, int count) {
        int width = Math.max(3, Integer.toString(count + 1).length());
        return "t" + String.format("%0" + width + "d", n);
    }

    // ---- generate ----------------------------------------------------------------------------------------------

    static void generate(int count, int members) throws IOException, SQLException {
        if (count < 1 || members < 0) {
            throw new IllegalArgumentException("a count of at least 1 and members of at least 0");
        }
        deleteTree(DIR);
        Path run = DIR.resolve("run");
        Path onboard = DIR.resolve("onboard");
        for (int n = 1; n <= count + 1; n++) {
            writeTenant(n <= count ? run : onboard, n, count, members);
        }
        for (Path dir : List.of(run, onboard)) {
            copyShared(dir);
        }
        System.out.printf("bench-tenants: %d tenant configs %s..%s in %s, %s in %s; %d members each, %d org units, "
                        + "%d plans, region codes %s..%s%n", count, tenantId(1, count), tenantId(count, count), run,
                tenantId(count + 1, count), onboard, members, ORG_UNITS, planFiles().size(), Regions.prefix(1),
                Regions.prefix(count + 1));
        if (count + 1 > Regions.COUNT) {
            System.out.printf("  note: %d cities, %d region codes: from city %d on the codes repeat (IDs stay valid and "
                    + "unique within each city)%n", count + 1, Regions.COUNT, Regions.COUNT + 1);
        }
        int existing = existingTenants(count);
        Files.writeString(DIR.resolve("existing-before.txt"), existing + "\n");
        if (existing > 0) {
            System.out.printf("  note: %d of these tenants are in database %s already: they are applied again (their "
                    + "demo data kept), which is not a first provisioning; drop the database for a first run%n",
                    existing, MemberGridBench.env("HUZHU_DB_NAME", "huzhu"));
        }
    }

    private static void writeTenant(Path dir, int n, int count, int members) throws IOException {
        String id = tenantId(n, count);
        String number = id.substring(1);
        String office = "T" + number;
        Path folder = Files.createDirectories(dir.resolve(id));
        StringBuilder agencies = new StringBuilder();
        for (int a = 0; a < AGENCIES; a++) {
            agencies.append(String.format("    - { code: %s-%c, name: %s }%n", office, (char) ('A' + a), DISTRICTS[a]));
        }
        Files.writeString(folder.resolve("tenant.yaml"), """
                # Generated by ./huzhu bench-tenants: city %2$s of the many-tenants bench.
                id: %1$s
                name: { zh: 测试%2$s市职工互助保障服务中心, en: "Test City %2$s Workers' Mutual Aid Protection Service Centre" }
                cityOffice: { code: %3$s, name: 测试%2$s市办事处 }
                users:
                  - { username: %1$s-admin, roles: [office-admin], orgUnit: %3$s, firstName: 管理员, lastName: 测试%2$s }
                demo:
                  members: %4$d
                  grassrootsPerAgency: %5$d
                  regionPrefix: "%6$s"
                  agencyOffices:
                %7$s""".formatted(id, number, office, members, UNIONS_PER_AGENCY, Regions.prefix(n), agencies));
        Path plans = Files.createDirectories(folder.resolve("plans"));
        for (Path plan : planFiles()) {
            Files.copy(plan, plans.resolve(plan.getFileName()));
        }
    }

    private static List<Path> planFiles() throws IOException {
        try (Stream<Path> files = Files.list(Paths.get("tenant-config/beijing/plans"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    /** The national calendar and the login rules, as in tenant-config (no headquarters.yaml: no hq logins). */
    private static void copyShared(Path dir) throws IOException {
        Path calendar = Files.createDirectories(dir.resolve("calendar"));
        try (Stream<Path> files = Files.list(Paths.get("tenant-config/calendar"))) {
            for (Path file : files.toList()) {
                Files.copy(file, calendar.resolve(file.getFileName()));
            }
        }
        Files.copy(Paths.get("tenant-config/logins.yaml"), dir.resolve("logins.yaml"));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static int existingTenants(int count) throws SQLException {
        try (Connection c = database(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM tenant WHERE id BETWEEN ? AND ?")) {
            s.setString(1, tenantId(1, count));
            s.setString(2, tenantId(count + 1, count));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            if ("42S02".equals(e.getSQLState()) || e.getErrorCode() == 1049) {
                return 0; // no schema (or database) yet
            }
            throw e;
        }
    }

    // ---- onboard -----------------------------------------------------------------------------------------------

    /**
     * The one more city, applied by the script between {@code startMillis} and {@code appliedMillis}: times until its
     * admin's token, the first answers with its data, and its dashboard's figures (the running app recounts a city's
     * figures within its next round). Polls every 100 ms; gives up after 3 minutes.
     */
    static void onboard(String tenant, long startMillis, long appliedMillis) throws Exception {
        long probeAt = System.currentTimeMillis();
        String app = MemberGridBench.env("HUZHU_APP_URL", "http://localhost:" + MemberGridBench.env("HUZHU_HTTP_PORT", "9080"));
        String keycloak = MemberGridBench.env("HUZHU_KC_URL", "http://localhost:" + MemberGridBench.env("HUZHU_KC_PORT", "8180"));
        String admin = tenant + "-admin";
        long deadline = startMillis + 180_000;

        String token = null;
        while (token == null) {
            try {
                token = MemberGridBench.token(keycloak, admin);
            } catch (IllegalStateException e) {
                giveUpAfter(deadline, "no token for " + admin + ": " + e.getMessage());
                Thread.sleep(100);
            }
        }
        long tokenAt = System.currentTimeMillis();

        JsonObject me = awaitJson(app + "/api/v1/me", token, deadline, j -> tenant.equals(text(j, "tenant")))
                .getAsJsonObject();
        long meAt = System.currentTimeMillis();
        int plans = awaitJson(app + "/api/v1/plans", token, deadline, j -> j.isJsonArray() && j.getAsJsonArray().size() > 0)
                .getAsJsonArray().size();
        JsonObject members = awaitJson(app + "/api/v1/members?limit=5", token, deadline,
                j -> j.getAsJsonObject().getAsJsonArray("items").size() > 0).getAsJsonObject();
        long readAt = System.currentTimeMillis();
        long enrolments = enrolmentsShown(awaitJson(app + "/api/v1/reports/office", token, deadline,
                j -> enrolmentsShown(j) > 0));
        long figuresAt = System.currentTimeMillis();

        System.out.printf("onboarding %s (no restart): %.1f s from the start of its apply until its admin's first answers%n",
                tenant, (readAt - startMillis) / 1e3);
        System.out.printf("  provisioning (the tool's JVM, Keycloak, database, demo data)  %6.1f s%n",
                (appliedMillis - startMillis) / 1e3);
        System.out.printf("  this bench's own JVM starting                                 +%5.1f s%n",
                (probeAt - appliedMillis) / 1e3);
        System.out.printf("  token for %-22s                          +%5.1f s%n", admin, (tokenAt - probeAt) / 1e3);
        System.out.printf("  GET /api/v1/me 200 (tenant %s, org unit %s)              +%5.1f s%n", text(me, "tenant"),
                text(me, "orgUnit"), (meAt - tokenAt) / 1e3);
        System.out.printf("  GET /api/v1/plans (%d plans), /members (%d of the first page)  +%5.1f s%n", plans,
                members.getAsJsonArray("items").size(), (readAt - meAt) / 1e3);
        System.out.printf("  dashboard shows its demo enrolments (%,d this year)  %.1f s after the start (the app's "
                + "recount round, every 10 s)%n", enrolments, (figuresAt - startMillis) / 1e3);
        System.out.printf("  target under 60 s: %s%n", readAt - startMillis < 60_000 ? "met" : "NOT met");
    }

    private static JsonElement awaitJson(String url, String token, long deadline,
                                         java.util.function.Predicate<JsonElement> good) throws Exception {
        while (true) {
            HttpResponse<String> reply = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() == 200) {
                JsonElement json = JsonParser.parseString(reply.body());
                if (good.test(json)) {
                    return json;
                }
            }
            giveUpAfter(deadline, url + " answered " + reply.statusCode() + ": "
                    + reply.body().substring(0, Math.min(300, reply.body().length())));
            Thread.sleep(100);
        }
    }

    private static long enrolmentsShown(JsonElement office) {
        JsonObject figures = office.getAsJsonObject().getAsJsonObject("current").getAsJsonObject("figures");
        return figures.has("ENROLMENTS") ? figures.getAsJsonObject("ENROLMENTS").get("count").getAsLong() : 0;
    }

    private static String text(JsonElement json, String field) {
        JsonElement value = json.isJsonObject() ? json.getAsJsonObject().get(field) : null;
        return value == null || value.isJsonNull() ? "" : value.getAsString();
    }

    private static void giveUpAfter(long deadline, String what) {
        if (System.currentTimeMillis() > deadline) {
            throw new IllegalStateException("onboarding not done within 3 minutes: " + what);
        }
    }

    // ---- verify ------------------------------------------------------------------------------------------------

    static void verify(int count, int members, long runMillis) throws SQLException, IOException {
        int plans = planFiles().size();
        Map<String, long[]> found = new HashMap<>();
        for (int n = 1; n <= count + 1; n++) {
            found.put(tenantId(n, count), new long[6]);
        }
        try (Connection c = database()) {
            countPer(c, "SELECT id, 1 FROM tenant WHERE status = 'ACTIVE' AND id BETWEEN ? AND ?", count, found, 0);
            countPer(c, "SELECT tenant_id, COUNT(*) FROM org_unit WHERE tenant_id BETWEEN ? AND ? GROUP BY tenant_id",
                    count, found, 1);
            countPer(c, "SELECT tenant_id, COUNT(*) FROM member WHERE tenant_id BETWEEN ? AND ? GROUP BY tenant_id",
                    count, found, 2);
            countPer(c, "SELECT tenant_id, COUNT(*) FROM plan_file WHERE tenant_id BETWEEN ? AND ? GROUP BY tenant_id",
                    count, found, 3);
            countPer(c, "SELECT tenant_id, COUNT(*) FROM enrolment WHERE tenant_id BETWEEN ? AND ? GROUP BY tenant_id",
                    count, found, 4);
            countPer(c, "SELECT tenant_id, 1 FROM report_state WHERE tenant_id BETWEEN ? AND ?", count, found, 5);
            long[] total = new long[6];
            List<String> incomplete = new ArrayList<>();
            for (Map.Entry<String, long[]> e : found.entrySet()) {
                long[] f = e.getValue();
                for (int i = 0; i < f.length; i++) {
                    total[i] += f[i];
                }
                if (f[0] != 1 || f[1] != ORG_UNITS || f[2] != members || f[3] != plans || (members > 0 && f[4] == 0)) {
                    incomplete.add(e.getKey());
                }
            }
            int all = count + 1;
            System.out.printf("database %s: %d tenants active in all, %d of them this bench's (%d expected)%n",
                    MemberGridBench.env("HUZHU_DB_NAME", "huzhu"), single(c, "SELECT COUNT(*) FROM tenant WHERE status = 'ACTIVE'"),
                    total[0], all);
            System.out.printf("  org units %,d (%,d expected), members %,d (%,d), plan files %,d (%,d), enrolments %,d, "
                    + "figures recounted by the running app for %d of %d%n", total[1], (long) all * ORG_UNITS, total[2],
                    (long) all * members, total[3], (long) all * plans, total[4], total[5], all);
            System.out.println(incomplete.isEmpty() ? "  every tenant complete"
                    : "  INCOMPLETE: " + incomplete.stream().sorted().limit(20).toList() + (incomplete.size() > 20 ? " ..." : ""));
        }
        Path before = DIR.resolve("existing-before.txt");
        int existing = Files.exists(before) ? Integer.parseInt(Files.readString(before).strip()) : 0;
        System.out.printf("%d tenants with %d members each in one provisioning run: %.1f s, %.2f s per tenant %s%n",
                count, members, runMillis / 1e3, runMillis / 1e3 / count, existing == 0
                        ? String.format("(%,.0f members/s overall)", (double) count * members / (runMillis / 1e3))
                        : String.format("(a re-apply: %d of them were there before, with their demo data)", existing));
    }

    private static void countPer(Connection c, String sql, int count, Map<String, long[]> found, int column)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, tenantId(1, count));
            s.setString(2, tenantId(count + 1, count));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long[] f = found.get(r.getString(1));
                    if (f != null) {
                        f[column] = r.getLong(2);
                    }
                }
            }
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(EnrolmentImportBench.jdbcUrl(), MemberGridBench.env("HUZHU_DB_USER", "root"),
                MemberGridBench.env("HUZHU_DB_PASSWORD", ""));
    }
}
