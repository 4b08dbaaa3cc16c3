package org.huzhu.app.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import com.vaadin.flow.router.Route;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The portal's side of the security suite: every Vaadin route (found by scanning the modules for {@code @Route})
 * is opened by each role in a real browser and must be drawn or refused as the table below says. The table must
 * name exactly the routes the modules have, so a new route without a decided rule fails here. Also: the portal
 * works under its Content-Security-Policy, and its session cookie is SameSite=Lax.
 */
class RouteRulesBrowserIT {

    static final String AD = SecuritySuiteIT.AD;
    static final String CO = SecuritySuiteIT.CO;
    static final String AC = SecuritySuiteIT.AC;
    static final String GC = SecuritySuiteIT.GC;
    static final String ME = SecuritySuiteIT.ME;
    static final String HQ = SecuritySuiteIT.HQ;
    static final Set<String> STAFF = SecuritySuiteIT.STAFF;

    /** Route template -> the roles that may open it. */
    static final Map<String, Set<String>> ROUTES = new LinkedHashMap<>();

    static {
        ROUTES.put("", Set.of(AD, CO, AC, GC, ME, HQ));
        ROUTES.put("hq", Set.of(HQ));
        ROUTES.put("org-tree", STAFF);
        ROUTES.put("members", STAFF);
        ROUTES.put("union-registration", Set.of(AD, GC));
        ROUTES.put("union-review", Set.of(AD, AC));
        ROUTES.put("plans", Set.of(AD, CO, AC, GC, ME));
        ROUTES.put("enrolment", Set.of(AD, AC, GC));
        ROUTES.put("member-cover", STAFF);
        ROUTES.put("enrolment-figures", Set.of(AD, HQ));
        ROUTES.put("my-cover", Set.of(ME));
        ROUTES.put("my-claims", Set.of(ME));
        ROUTES.put("claim-filing", STAFF);
        ROUTES.put("claim-queue", STAFF);
        ROUTES.put("settlement-imports", Set.of(AD, CO));
        ROUTES.put("payout-runs", Set.of(AD, CO));
        ROUTES.put("calendar", Set.of(AD, HQ));
        ROUTES.put("giveaways", Set.of(AD));
        ROUTES.put("my-giveaways", Set.of(ME));
        ROUTES.put("events", Set.of(AD, AC, GC));
        ROUTES.put("my-events", Set.of(ME));
        ROUTES.put("campaigns", Set.of(AD));
        ROUTES.put("campaign-deliveries", Set.of(AD, AC, GC));
        ROUTES.put("campaign-figures", Set.of(AD, HQ));
        ROUTES.put("dashboard", Set.of(AD, CO, AC));
        ROUTES.put("hq-dashboard", Set.of(HQ));
        ROUTES.put("hardship-register", Set.of(AD, AC, GC));
        ROUTES.put("aid-runs", Set.of(AD, CO));
        ROUTES.put("condolence-items", Set.of(AD, CO));
        ROUTES.put("relief-fund", Set.of(AD, AC, GC));
        ROUTES.put("relief-figures", Set.of(AD, HQ));
        ROUTES.put("loan-products", STAFF);
        ROUTES.put("loan-applications", STAFF);
        ROUTES.put("hq-loan-figures", Set.of(HQ));
        ROUTES.put("my-loans", Set.of(ME));
    }

    private static Browser browser;

    @BeforeAll
    static void launch() throws InterruptedException {
        Platform.awaitReady();
        PortalBrowserIT.launch();
        browser = PortalBrowserIT.browser();
    }

    @AfterAll
    static void close() {
        PortalBrowserIT.close();
    }

    @Test
    void the_route_table_names_exactly_the_routes_the_modules_have() {
        assertThat(scannedRoutes().keySet()).as("@Route classes vs. the rules this suite expects: give a new route "
                + "@VisibleTo and a line in ROUTES").containsExactlyInAnyOrderElementsOf(ROUTES.keySet());
    }

    @Test
    void each_role_opens_its_routes_and_is_refused_the_others() {
        List<String> failures = new ArrayList<>();
        int tried = 0;
        for (Map.Entry<String, String> role : SecuritySuiteIT.LOGINS.entrySet()) {
            try (BrowserContext context = browser.newContext()) {
                Page page = context.newPage();
                PortalBrowserIT.signIn(page, role.getValue());
                for (Map.Entry<String, Set<String>> route : ROUTES.entrySet()) {
                    tried++;
                    page.navigate(Platform.appUrl() + "/" + route.getKey());
                    boolean allowed = route.getValue().contains(role.getKey());
                    try {
                        if (allowed) {
                            assertThat(page.locator("vaadin-app-layout")).isVisible();
                            assertThat(page.locator("#access-denied")).hasCount(0);
                        } else {
                            assertThat(page.locator("#access-denied")).isVisible();
                            assertThat(page.locator("vaadin-app-layout")).hasCount(0);
                        }
                    } catch (AssertionError e) {
                        failures.add("/" + route.getKey() + " as " + role.getKey() + (allowed ? " not drawn" : " not refused"));
                        PortalBrowserIT.screenshot(page, "route-" + role.getKey() + "-" + route.getKey() + ".png");
                    }
                }
            }
        }
        System.out.printf("security suite: %d portal routes x %d roles: %d navigations, %d failures%n",
                ROUTES.size(), SecuritySuiteIT.LOGINS.size(), tried, failures.size());
        assertThat(failures).isEmpty();
    }

    @Test
    void the_portal_works_under_its_security_headers_with_a_same_site_session() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            List<String> violations = new ArrayList<>();
            page.onConsoleMessage(m -> {
                if (m.text().contains("Content Security Policy")) {
                    violations.add(m.text());
                }
            });
            PortalBrowserIT.signIn(page, "beijing-admin");
            Response members = page.navigate(Platform.appUrl() + "/members");
            assertThat(page.locator("#member-grid vaadin-grid-cell-content").filter(
                    new com.microsoft.playwright.Locator.FilterOptions().setHasText("****")).first()).isVisible();
            Map<String, String> headers = members.allHeaders();
            assertThat(headers.get("content-security-policy")).contains("frame-ancestors 'none'")
                    .contains("default-src 'self'");
            assertThat(headers.get("x-frame-options")).isEqualTo("DENY");
            assertThat(headers.get("x-content-type-options")).isEqualTo("nosniff");
            assertThat(headers.get("referrer-policy")).isEqualTo("strict-origin-when-cross-origin");
            List<Cookie> sessions = context.cookies(Platform.appUrl()).stream()
                    .filter(c -> c.name.equals("JSESSIONID")).toList();
            assertThat(sessions).isNotEmpty().allSatisfy(c -> {
                assertThat(c.sameSite).isEqualTo(com.microsoft.playwright.options.SameSiteAttribute.LAX);
                assertThat(c.httpOnly).isTrue();
            });
            assertThat(violations).as("the portal needs nothing its policy forbids").isEmpty();
        }
    }

    /** Route template -> view class, for every {@code @Route} class of the platform's modules on the class path. */
    static Map<String, String> scannedRoutes() {
        Map<String, String> routes = new TreeMap<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classNames(Paths.get(entry)).forEach(name -> {
                try {
                    Route route = Class.forName(name, false, RouteRulesBrowserIT.class.getClassLoader())
                            .getAnnotation(Route.class);
                    if (route != null) {
                        routes.put(route.value(), name);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // a class whose dependencies the test class path lacks cannot be a route of ours
                }
            });
        }
        return routes;
    }

    private static List<String> classNames(Path entry) {
        try {
            if (Files.isDirectory(entry)) {
                try (Stream<Path> files = Files.walk(entry)) {
                    return files.map(f -> entry.relativize(f).toString().replace(File.separatorChar, '/'))
                            .filter(RouteRulesBrowserIT::isPlatformClass).map(RouteRulesBrowserIT::className).toList();
                }
            }
            if (entry.getFileName() != null && entry.getFileName().toString().startsWith("huzhu-")) {
                try (JarFile jar = new JarFile(entry.toFile())) {
                    return jar.stream().map(e -> e.getName()).filter(RouteRulesBrowserIT::isPlatformClass)
                            .map(RouteRulesBrowserIT::className).toList();
                }
            }
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isPlatformClass(String file) {
        return file.startsWith("org/huzhu/") && file.endsWith(".class") && !file.contains("$");
    }

    private static String className(String file) {
        return file.substring(0, file.length() - ".class".length()).replace('/', '.');
    }
}
