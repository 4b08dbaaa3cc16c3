package org.huzhu.app.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline as the office sees it in the portal: an agency clerk files for a member of their district with the
 * documents, the steps are recorded by their roles (REST, as the portal has no step forms yet), the bank's file
 * repays last quarter's three instalments on time and the quarter's subsidy is computed and approved by two people;
 * the office admin's pipeline board then shows the application disbursed, the loan, the stage figures and the
 * committed subsidy, and the products page the founder product with its LPR rule, in Chinese and in English.
 */
class LoanPipelineBrowserIT {

    static final String ENTERPRISE = "浏览器测试面包房" + (System.nanoTime() % 100_000);
    static final String CONTRACT = "BOB-UI-" + System.nanoTime();
    private static Chromium chromium;
    private static Browser browser;

    @BeforeAll
    static void launch() throws InterruptedException {
        Platform.awaitReady();
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
    void the_office_sees_a_loan_go_from_application_to_a_subsidised_quarter() {
        long subsidy = disbursedAndSubsidised();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
            Page page = context.newPage();
            Chromium.signIn(page, "beijing-admin");
            page.navigate(Platform.appUrl() + "/loan-applications");
            Locator row = page.locator("#loan-applications vaadin-grid-cell-content").filter(
                    new Locator.FilterOptions().setHasText(ENTERPRISE)).first();
            assertThat(row).isVisible();
            assertThat(cell(page, "#loan-applications", "已放款")).isVisible();
            assertThat(cell(page, "#loans", CONTRACT)).isVisible();
            assertThat(cell(page, "#loan-figures", "放款")).isVisible();
            assertThat(page.getByText("贴息已付")).isVisible();
            page.navigate(Platform.appUrl() + "/loan-products");
            assertThat(cell(page, "#loan-products", "个人创业担保贷款")).isVisible();
            assertThat(cell(page, "#loan-products", "LPR1Y 减 150 个基点")).isVisible();
            Chromium.screenshot(page, "loan-products-zh.png");
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
            Page page = context.newPage();
            Chromium.signIn(page, "beijing-claims-officer");
            page.navigate(Platform.appUrl() + "/loan-applications");
            assertThat(cell(page, "#loan-applications", "已放款")).isVisible();
            page.locator("#language-switch").click(); // the portal starts in Chinese; the switch is the user's choice
            assertThat(cell(page, "#loan-applications", "Disbursed")).isVisible();
            assertThat(cell(page, "#loan-figures", "Approved by the bank")).isVisible();
            assertThat(page.getByText("Subsidy paid")).isVisible();
            Chromium.screenshot(page, "loan-pipeline-en.png");
        }
        assertThat(subsidy).isPositive();
    }

    /** The application filed, taken through every step, repaid for last quarter and its subsidy approved. */
    static long disbursedAndSubsidised() {
        long member = Api.get("beijing-agency-clerk", "/api/v1/members?limit=1").json().get("items").get(0).get("id").asLong();
        Api.Reply filed = Api.post("beijing-agency-clerk", "/api/v1/loan-applications", LoansIT.application("150000.00")
                .replace("启航咖啡工作室", ENTERPRISE).replace("{\"productCode\"", "{\"memberId\":" + member + ",\"productCode\""));
        org.assertj.core.api.Assertions.assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String path = "/api/v1/loan-applications/" + filed.json().get("id").asLong();
        for (String kind : new String[] {"BUSINESS_LICENCE", "FOUNDER_ID", "BUSINESS_PLAN"}) {
            EnrolmentImportIT.send("beijing-agency-clerk", "POST", path + "/documents?kind=" + kind,
                    HttpRequest.BodyPublishers.ofByteArray(ClaimsIT.pdf()), "application/pdf");
        }
        LoansIT.step("beijing-agency-clerk", path + "/investigation", LoansIT.investigation(), "INVESTIGATED");
        LoansIT.step("beijing-admin", path + "/guarantee", "{\"guarantor\":\"北京首创融资担保有限公司\",\"approved\":true,"
                + "\"on\":\"" + LoansIT.PAID_OUT.minusDays(9) + "\"}", "GUARANTEED");
        LoansIT.step("beijing-admin", path + "/bank-approval", "{\"bank\":\"北京农商银行\",\"amount\":\"150000.00\","
                + "\"months\":24,\"bankPercent\":\"3.45\",\"contractNo\":\"" + CONTRACT + "\",\"on\":\""
                + LoansIT.PAID_OUT.minusDays(2) + "\"}", "BANK_APPROVED");
        long loanId = LoansIT.step("beijing-admin", path + "/disbursement", "{\"on\":\"" + LoansIT.PAID_OUT + "\"}",
                "DISBURSED").get("loanId").asLong();
        JsonNode schedule = Api.get("beijing-admin", "/api/v1/loans/" + loanId).json().get("schedule");
        StringBuilder csv = new StringBuilder("reference,contractNo,instalment,paidOn,principal,interest,penalty\n");
        for (int n = 1; n <= 3; n++) {
            JsonNode i = schedule.get(n - 1);
            csv.append("UI").append(n).append('-').append(CONTRACT).append(',').append(CONTRACT).append(',').append(n)
                    .append(',').append(i.get("dueDate").asText()).append(',').append(LoansIT.yuan(i.get("principalFen").asLong()))
                    .append(',').append(LoansIT.yuan(i.get("interestFen").asLong())).append(",0\n");
        }
        Api.Reply imported = EnrolmentImportIT.send("beijing-claims-officer", "POST", "/api/v1/loans/repayment-file",
                HttpRequest.BodyPublishers.ofByteArray(csv.toString().getBytes(StandardCharsets.UTF_8)), "text/csv");
        org.assertj.core.api.Assertions.assertThat(imported.json().get("recorded").asInt()).as(imported.body()).isEqualTo(3);
        JsonNode subsidy = LoansIT.subsidyOf(Api.post("beijing-claims-officer", "/api/v1/loans/subsidies",
                "{\"period\":\"" + LoansIT.LAST_QUARTER + "\"}").json(), loanId);
        Api.Reply approved = Api.post("beijing-admin", "/api/v1/loans/subsidies/" + subsidy.get("id").asLong()
                + "/approval", "");
        org.assertj.core.api.Assertions.assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        return subsidy.get("amountFen").asLong();
    }

    private static Locator cell(Page page, String grid, String text) {
        return page.locator(grid + " vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(text)).first();
    }
}
