package org.huzhu.app.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A person in headless Chromium: signs in on the Keycloak page and works in the portal. */
class PortalBrowserIT {

    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void launch() {
        // The first page after a server start also warms Vaadin up: allow for it on a 2-core machine.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(Platform.env("HUZHU_CHROMIUM", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void beijing_admin_signs_in_sees_beijing_members_and_switches_to_english() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
            Page page = context.newPage();
            signIn(page, "beijing-admin");
            assertThat(page.locator("#member-grid")).isVisible();
            assertThat(page.getByText("会员名册")).isVisible();
            assertThat(page.locator("#member-grid vaadin-grid-cell-content").filter(
                    new com.microsoft.playwright.Locator.FilterOptions().setHasText("****")).first()).isVisible();
            assertThat(page.getByText("北京市职工互助保障服务中心")).isVisible();
            screenshot(page, "beijing-members-zh.png");

            page.locator("#language-switch").click();
            assertThat(page.getByText("Member registry")).isVisible();
            assertThat(page.getByText("Beijing Workers")).isVisible();
            screenshot(page, "beijing-members-en.png");
        }
    }

    @Test
    void headquarters_sees_the_overview_of_both_cities() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "hq-analyst");
            assertThat(page.locator("#hq-grid")).isVisible();
            assertThat(page.locator("#hq-grid vaadin-grid-cell-content").filter(
                    new com.microsoft.playwright.Locator.FilterOptions().setHasText("baoji")).first()).isVisible();
            assertThat(page.locator("#hq-grid vaadin-grid-cell-content").filter(
                    new com.microsoft.playwright.Locator.FilterOptions().setHasText("beijing")).first()).isVisible();
            screenshot(page, "hq-overview.png");
        }
    }

    static void signIn(Page page, String username) {
        page.navigate(Platform.appUrl() + "/");
        page.locator("#username").fill(username);
        if (page.locator("#password").isVisible()) {
            page.locator("#password").fill("demo");
            page.locator("#kc-login").click();
        } else {
            page.locator("#kc-login").click();
            page.locator("#password").fill("demo");
            page.locator("#kc-login").click();
        }
        page.waitForURL(url -> url.startsWith(Platform.appUrl()));
    }

    static void screenshot(Page page, String name) {
        Path dir = Paths.get(System.getProperty("huzhu.screenshots.dir", "target/screenshots"));
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name)).setFullPage(true));
    }
}
