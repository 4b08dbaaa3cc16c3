package org.huzhu.app.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Both dashboards in headless Chromium: the office admin lands on the office dashboard and sees its cards, its
 * ECharts charts drawn and its tables, narrows it to a plan by a row; headquarters compares the cities. The
 * screenshots are kept under target/screenshots; the time from navigation to the charts drawn is printed.
 */
class ReportsBrowserIT {

    private static Chromium chromium;
    private static Browser browser;

    @BeforeAll
    static void launch() {
        chromium = new Chromium();
        browser = chromium.browser;
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void the_office_admin_lands_on_the_dashboard_with_charts_and_narrows_it_to_a_plan() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000))) {
            Page page = context.newPage();
            Chromium.signIn(page, "beijing-admin");
            assertThat(page.locator("#office-dashboard")).isVisible();
            assertThat(page.locator("#card-ENROLMENTS")).containsText("参保人次");
            assertThat(page.locator("#chart-trend[drawn] canvas")).isVisible();
            assertThat(page.locator("#chart-rates[drawn] canvas")).isVisible();
            assertThat(page.locator("#report-indicators")).containsText("直赔到卡率");
            assertThat(page.locator("#report-programmes")).containsText("二次救助");
            assertThat(page.locator("#report-programmes")).containsText("已放款");
            // the year as a year, not as a number with a thousands separator ("2,026")
            assertThat(page.locator("#office-dashboard")).containsText(java.time.LocalDate.now().getYear() + " 年其他工作");
            long start = System.nanoTime();
            page.navigate(Platform.appUrl() + "/dashboard");
            assertThat(page.locator("#chart-plans[drawn] canvas")).isVisible();
            System.out.printf("office dashboard rendered in %d ms%n", (System.nanoTime() - start) / 1_000_000);
            Chromium.screenshot(page, "office-dashboard.png");
            page.locator("#report-plans td").filter(new com.microsoft.playwright.Locator
                    .FilterOptions().setHasText(java.util.regex.Pattern.compile("互助保障计划$"))).first().click();
            assertThat(page.locator("#report-plan")).containsText("互助保障计划");
            page.locator("#report-late-show").click();
            assertThat(page.locator("#report-late")).isVisible();
            Chromium.screenshot(page, "office-dashboard-plan.png");
        }
    }

    @Test
    void headquarters_compares_the_cities_on_its_dashboard() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000))) {
            Page page = context.newPage();
            Chromium.signIn(page, "hq-analyst");
            long start = System.nanoTime();
            page.navigate(Platform.appUrl() + "/hq-dashboard");
            assertThat(page.locator("#chart-cities[drawn] canvas")).isVisible();
            System.out.printf("headquarters dashboard rendered in %d ms%n", (System.nanoTime() - start) / 1_000_000);
            assertThat(page.locator("#hq-cities")).containsText("北京");
            assertThat(page.locator("#hq-cities")).containsText("宝鸡");
            assertThat(page.locator("#hq-totals")).containsText("受助人次");
            // a figure's header ranks the cities by it, largest first
            page.locator("#hq-cities th.sortable").first().click();
            assertThat(page.locator("#hq-cities th[aria-sort=descending]")).hasCount(1);
            List<Long> ranked = page.locator("#hq-cities tbody tr td:nth-child(2)").allTextContents().stream()
                    .map(Long::valueOf).toList();
            org.assertj.core.api.Assertions.assertThat(ranked).hasSizeGreaterThanOrEqualTo(2).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            page.locator("#hq-programmes-load").click();
            assertThat(page.locator("#hq-programmes")).containsText("宝鸡");
            Chromium.screenshot(page, "hq-dashboard.png");
        }
    }
}
