package org.huzhu.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Both dashboards rendered in headless Chromium by the server started on the database bench-reports left
 * ({@code HUZHU_DB_NAME=huzhu_bench_reports ./huzhu run}), whose read models hold 10 M claims across 300 cities:
 * {@code ./huzhu bench-render [rounds]} registers the generated cities with the platform (their rows, names
 * only; city001 is provisioned with an office admin by the huzhu script before this runs), signs in as city001's
 * admin and as headquarters, and times each page from navigation until its charts are drawn and its tables filled.
 */
public final class DashboardRenderBench {

    private DashboardRenderBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String app = MemberGridBench.env("HUZHU_APP_URL", "http://localhost:" + MemberGridBench.env("HUZHU_HTTP_PORT", "9080"));
        int cities = registerCities();
        System.out.printf("bench-render: %d cities known to the platform at %s, %d rounds per page%n", cities, app, rounds);
        try (Playwright playwright = Playwright.create();
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(Paths.get(MemberGridBench.env("HUZHU_CHROMIUM", "/usr/bin/chromium")))
                     .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                             "--disable-component-update", "--disable-sync", "--no-first-run")))) {
            time(browser, app, "city001-admin", "/dashboard", List.of("#chart-trend[drawn] canvas",
                    "#chart-plans[drawn] canvas", "#chart-rates[drawn] canvas", "#report-plans td"),
                    rounds, "office-dashboard-10m.png");
            time(browser, app, "hq-analyst", "/hq-dashboard", List.of("#chart-cities[drawn] canvas",
                    "#hq-cities td"), rounds, "hq-dashboard-10m.png");
        }
    }

    /** The cities bench-reports generated, made known to the platform's tenant registry (a name each, no logins). */
    private static int registerCities() throws SQLException {
        try (Connection c = DriverManager.getConnection(EnrolmentImportBench.jdbcUrl(), MemberGridBench.env("HUZHU_DB_USER", "root"),
                MemberGridBench.env("HUZHU_DB_PASSWORD", "")); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT IGNORE INTO tenant (id, name_zh, name_en, status) SELECT tenant_id,"
                    + " CONCAT('城市', SUBSTRING(tenant_id, 5)), CONCAT('City ', SUBSTRING(tenant_id, 5)), 'ACTIVE'"
                    + " FROM report_state WHERE tenant_id LIKE 'city%'");
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM tenant WHERE status = 'ACTIVE'")) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private static void time(Browser browser, String app, String user, String path, List<String> drawn, int rounds,
                             String screenshot) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000))) {
            Page page = context.newPage();
            page.setDefaultTimeout(120_000);
            signIn(page, app, user);
            if (System.getenv("HUZHU_RENDER_TRACE") != null) {
                page.onRequestFinished(r -> System.out.printf("    %s %s: %.0f ms to response end%n", r.method(),
                        r.url().replaceAll("\\?.*", "") + (r.url().contains("v-r=uidl") ? " (uidl)" : ""),
                        r.timing().responseEnd));
            }
            com.microsoft.playwright.CDPSession cdp = context.newCDPSession(page);
            cdp.send("Performance.enable");
            List<Long> millis = new ArrayList<>();
            for (int round = 0; round <= rounds; round++) { // round 0 warms the server's and the browser's caches
                long start = System.nanoTime();
                page.navigate(app + path);
                long loaded = (System.nanoTime() - start) / 1_000_000;
                for (String selector : drawn) {
                    page.locator(selector).first().waitFor(new Locator.WaitForOptions()
                            .setState(com.microsoft.playwright.options.WaitForSelectorState.VISIBLE));
                }
                long ms = (System.nanoTime() - start) / 1_000_000;
                if (System.getenv("HUZHU_RENDER_TRACE") != null) {
                    System.out.printf("  round %d: page loaded %d ms, drawn %d ms; browser %s%n", round, loaded, ms,
                            busy(cdp.send("Performance.getMetrics")));
                }
                if (round > 0) {
                    millis.add(ms);
                }
            }
            Path shot = Paths.get("modules/bench/target", screenshot);
            page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
            Collections.sort(millis);
            System.out.printf("%-13s %-14s rendered in %d ms median, %d ms fastest, %d ms slowest (%d rounds after a"
                    + " warm-up); screenshot %s%n", path, user, millis.get(millis.size() / 2), millis.get(0),
                    millis.get(millis.size() - 1), millis.size(), shot);
        }
    }

    /** Where the page's browser time went, by Chromium's own counters since the page's document began. */
    private static String busy(com.google.gson.JsonObject after) {
        StringBuilder out = new StringBuilder();
        for (String name : List.of("TaskDuration", "ScriptDuration", "LayoutDuration", "RecalcStyleDuration")) {
            out.append(name.replace("Duration", "")).append(' ')
                    .append(Math.round(1000 * metric(after, name))).append(" ms ");
        }
        return out.toString().trim();
    }

    private static double metric(com.google.gson.JsonObject metrics, String name) {
        for (com.google.gson.JsonElement m : metrics.getAsJsonArray("metrics")) {
            if (m.getAsJsonObject().get("name").getAsString().equals(name)) {
                return m.getAsJsonObject().get("value").getAsDouble();
            }
        }
        return 0;
    }

    private static void signIn(Page page, String app, String user) {
        page.navigate(app + "/");
        page.locator("#username").fill(user);
        if (!page.locator("#password").isVisible()) {
            page.locator("#kc-login").click();
        }
        page.locator("#password").fill("demo");
        page.locator("#kc-login").click();
        page.waitForURL(url -> url.startsWith(app));
    }
}
