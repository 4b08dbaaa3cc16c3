package org.huzhu.app.it;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/** Debian's headless Chromium driven by Playwright, for the browser tests; one per test class. */
final class Chromium implements AutoCloseable {

    final Playwright playwright;
    final Browser browser;

    Chromium() {
        // The first page after a server start also warms Vaadin up: allow for it on a 2-core machine.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(Platform.env("HUZHU_CHROMIUM", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }

    static void signIn(Page page, String username) {
        // On a loaded 2-core machine the first pages of a freshly started server take their time.
        page.setDefaultTimeout(90_000);
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
