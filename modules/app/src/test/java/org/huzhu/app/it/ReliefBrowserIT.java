package org.huzhu.app.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The relief fund in the portal, level by level: a grassroots clerk files a major-illness application (the formula
 * proposes the amount), the agency clerk checks it, the office records the committee's grant and the balance drops;
 * the week's payout run pays the grant to the member's card (the bank's result file says so), after which the fund's
 * list shows it paid and its payment steps (put on the run, paid to the card) open from the list.
 */
class ReliefBrowserIT {

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

    /** A cell whose whole text is {@code exactText}: plain text, as Playwright hands the pattern to JavaScript. */
    private static Locator cell(Page page, String grid, String exactText) {
        return page.locator(grid + " vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^" + exactText + "$")))
                .first();
    }

    /** The application's status by the API, within a few seconds of the click that changes it. */
    private static void awaitStatus(String id, String expected) throws InterruptedException {
        String status = "";
        for (int i = 0; i < 50 && !expected.equals(status); i++) {
            status = Api.get("beijing-admin", "/api/v1/relief-fund/applications/" + id).json().get("status").asText();
            if (!expected.equals(status)) {
                Thread.sleep(100);
            }
        }
        org.assertj.core.api.Assertions.assertThat(status).as("application " + id).isEqualTo(expected);
    }

    private static void choose(Page page, String combo, String text) {
        page.locator(combo + " input").fill(text);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(text)).first().click();
    }

    @Test
    void a_grassroots_clerk_files_a_relief_application_the_agency_checks_it_and_the_committee_decides()
            throws Exception {
        Platform.awaitReady();
        long member = Api.get("beijing-grassroots-clerk", "/api/v1/members?limit=1").json().get("items").get(0)
                .get("id").asLong();
        Api.Reply donated = Api.post("beijing-admin", "/api/v1/relief-fund/donations", "{\"donor\":\"镇总工会\","
                + "\"amountFen\":2000000,\"donatedOn\":\"" + LocalDate.now() + "\",\"receiptNo\":\"BR-"
                + System.nanoTime() % 1_000_000_000L + "\"}");
        org.assertj.core.api.Assertions.assertThat(donated.status()).as(donated.body()).isEqualTo(201);
        String id;
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            Chromium.signIn(page, "beijing-grassroots-clerk");
            page.navigate(Platform.appUrl() + "/relief-fund");
            page.locator("#fund-member input").fill(Long.toString(member));
            choose(page, "#fund-kind", "重大疾病");
            choose(page, "#fund-category", "白血病");
            page.locator("#fund-self-paid input").fill("35000.00");
            page.locator("#fund-file").click();
            Locator notice = page.locator("vaadin-notification-card").filter(
                    new Locator.FilterOptions().setHasText("公式建议救助 17500.00 元"));
            assertThat(notice).isVisible();
            id = notice.innerText().replaceAll("(?s)^申请 (\\d+) .*$", "$1");
            assertThat(cell(page, "#fund-applications", "基层已申报")).isVisible();
            Chromium.screenshot(page, "relief-fund-filed.png");
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            Chromium.signIn(page, "beijing-agency-clerk");
            page.navigate(Platform.appUrl() + "/relief-fund");
            cell(page, "#fund-applications", id).click();
            page.locator("#fund-check-note input").fill("情况属实");
            page.locator("#fund-pass").click();
            assertThat(cell(page, "#fund-applications", "区县已审核")).isVisible();
            awaitStatus(id, "CHECKED"); // that cell may be an older application's: this one's own status decides
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            Chromium.signIn(page, "beijing-admin");
            page.navigate(Platform.appUrl() + "/relief-fund");
            String before = page.locator("#fund-balance").innerText();
            cell(page, "#fund-applications", id).click();
            page.locator("#fund-committee input").fill("王主任、李委员、赵委员");
            page.locator("#fund-reason input").fill("白血病治疗，家庭困难，经评审同意救助");
            page.locator("#fund-grant").click();
            assertThat(cell(page, "#fund-applications", "已决定救助")).isVisible();
            awaitStatus(id, "GRANTED");
            assertThat(cell(page, "#fund-applications", "王主任、李委员、赵委员")).isVisible();
            assertThat(page.locator("#fund-balance")).not().hasText(before);
            Chromium.screenshot(page, "relief-fund-granted.png");
        }
        com.fasterxml.jackson.databind.JsonNode decided = Api.get("beijing-admin",
                "/api/v1/relief-fund/applications/" + id).json();
        org.assertj.core.api.Assertions.assertThat(decided.get("status").asText()).isEqualTo("GRANTED");
        org.assertj.core.api.Assertions.assertThat(decided.get("grantedFen").asLong()).isEqualTo(1_750_000);
        org.assertj.core.api.Assertions.assertThat(decided.get("filedBy").asText()).isEqualTo("beijing-grassroots-clerk");
        org.assertj.core.api.Assertions.assertThat(decided.get("checkedBy").asText()).isEqualTo("beijing-agency-clerk");
        org.assertj.core.api.Assertions.assertThat(decided.get("decidedBy").asText()).isEqualTo("beijing-admin");

        long runId = paidByAPayoutRun();
        awaitStatus(id, "PAID");
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            Chromium.signIn(page, "beijing-admin");
            page.navigate(Platform.appUrl() + "/relief-fund");
            Locator row = page.locator("#fund-applications vaadin-grid-cell-content")
                    .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^" + id + "$")));
            assertThat(row.first()).isVisible();
            assertThat(cell(page, "#fund-applications", "已发放")).isVisible();
            page.locator("#fund-steps-" + id).click();
            assertThat(page.locator("#payment-steps")).containsText("列入发放批次");
            assertThat(page.locator("#payment-steps")).containsText("已发放到卡");
            assertThat(page.locator("#payment-steps")).containsText(Long.toString(runId));
            Chromium.screenshot(page, "relief-fund-paid-steps.png");
        }
    }

    /** A payout run of every approved payable, approved, its bank file answered "paid" line by line. */
    private static long paidByAPayoutRun() throws Exception {
        long runId = PayoutFixtures.newRun("GATHERED");
        PayoutFixtures.mendMissingCards(runId);
        Api.Reply approved = Api.post(PayoutFixtures.OFFICER, "/api/v1/payout-runs/" + runId + "/approval", "");
        org.assertj.core.api.Assertions.assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        StringBuilder result = new StringBuilder();
        for (String[] d : PayoutFixtures.details(PayoutFixtures.bankFile(PayoutFixtures.OFFICER, runId))) {
            result.append(d[2]).append("|S|E").append(d[1]).append("|\n");
        }
        Api.Reply imported = PayoutFixtures.postResult(PayoutFixtures.ADMIN, runId, result.toString());
        org.assertj.core.api.Assertions.assertThat(imported.status()).as(imported.body()).isEqualTo(202);
        PayoutFixtures.waitForStatus(runId, "SETTLED");
        return runId;
    }
}
