package org.huzhu.app.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline worked in the portal by the people who work it, in Chromium: an agency clerk files for a member of
 * their district (an amount above the product's range is refused naming the range), uploads the three documents
 * and records the field investigation; the office admin records the guarantee, the bank's approval and the
 * disbursement (a day before the bank's approval is refused); the claims officer uploads the bank's repayment
 * file for last quarter's three instalments and computes the quarter's subsidy, and may not approve it; the office
 * admin approves it. Each step is checked by REST as well as on the page. The board then shows the application
 * disbursed, the loan, the stage figures and the committed subsidy, and the products page the founder product with
 * its LPR rule, in Chinese and in English.
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
    void the_office_works_a_loan_from_application_to_a_subsidised_quarter_in_the_portal() {
        String path = "/api/v1/loan-applications/" + filedAndInvestigatedByTheAgencyClerk();
        long loanId = approvedAndDisbursedByTheOffice(path);
        repaidAndComputedByTheClaimsOfficer(loanId);
        approvedByTheOffice(loanId);
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
            Page page = context.newPage();
            Chromium.signIn(page, "beijing-admin");
            page.navigate(Platform.appUrl() + "/loan-applications");
            assertThat(cell(page, "#loan-applications", ENTERPRISE)).isVisible();
            assertThat(cell(page, "#loan-applications", "已放款")).isVisible();
            assertThat(cell(page, "#loans", CONTRACT)).isVisible();
            assertThat(cell(page, "#loan-figures", "放款")).isVisible();
            assertThat(cell(page, "#loan-districts", "东城区")).isVisible();
            assertThat(cell(page, "#loan-parks", "中关村软件园")).isVisible();
            assertThat(page.getByText("贴息已付")).isVisible();
            page.navigate(Platform.appUrl() + "/loan-products");
            assertThat(cell(page, "#loan-products", "个人创业担保贷款")).isVisible();
            assertThat(cell(page, "#loan-products", "LPR1Y 减 150 个基点")).isVisible();
            // a quote far ahead, so that no loan's instalments in any test fall under it
            LocalDate ahead = LocalDate.of(2090, 1, 1).plusDays(System.nanoTime() % 3_000);
            day(page, "#rate-from", ahead);
            page.locator("#rate-percent input").fill("12");
            page.locator("#rate-publish").click();
            assertThat(notice(page, "年利率：利率应为0至10之间的年利率百分数")).isVisible();
            page.locator("#rate-percent input").fill("2.95");
            page.locator("#rate-publish").click();
            assertThat(cell(page, "#loan-reference-rates", ahead.toString())).isVisible();
            assertThat(Api.get("beijing-admin", "/api/v1/loan-products/reference-rates").body()).contains(ahead.toString());
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
            assertThat(cell(page, "#loan-subsidies", "Approved, to pay")).isVisible();
            assertThat(page.getByText("Subsidy paid")).isVisible();
            Chromium.screenshot(page, "loan-pipeline-en.png");
        }
    }

    @Test
    void a_founder_applies_in_the_member_portal_and_headquarters_compares_the_cities() {
        String enterprise = "会员自助申请工作室" + (System.nanoTime() % 100_000);
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
            Page page = context.newPage();
            Chromium.signIn(page, "beijing-member");
            page.navigate(Platform.appUrl() + "/my-loans");
            page.locator("#my-loan-new").click();
            assertThat(page.locator("#loan-member")).isHidden(); // a founder files for themselves
            choose(page, "#loan-product", "个人创业担保贷款");
            page.locator("#loan-enterprise input").fill(enterprise);
            page.locator("#loan-credit-code input").fill("911101010000000000");
            page.locator("#loan-amount input").fill("80000.00");
            page.locator("#loan-months input").fill("12");
            page.locator("#loan-account input").fill("6222 0000 0000 0002");
            page.locator("#loan-account-holder input").fill(enterprise);
            page.locator("#loan-file").click();
            assertThat(notice(page, "统一社会信用代码：统一社会信用代码无效")).isVisible();
            page.locator("#loan-credit-code input").fill(UnionRegistrationIT.freshCreditCode());
            page.locator("#loan-file").click();
            assertThat(notice(page, "已提交贷款申请")).isVisible();
            choose(page, "#loan-document-kind", "营业执照");
            page.locator("#loan-document-upload input[type=file]").setInputFiles(
                    new FilePayload("执照.pdf", "application/pdf", ClaimsIT.pdf()));
            assertThat(notice(page, "已上传营业执照")).isVisible();
            assertThat(page.locator("#loan-missing-documents")).containsText("创业者身份证");
            assertThat(page.locator("#loan-investigate")).hasCount(0); // the office's step, and documents are missing
            page.locator("#loan-close-reason input").fill("资金已另行解决");
            page.locator("#loan-withdraw").click();
            assertThat(page.locator("#loan-application-status")).containsText("已撤回");
            Chromium.screenshot(page, "my-loans-withdrawn-zh.png");
        }
        JsonNode mine = null;
        for (JsonNode a : Api.get("beijing-member", "/api/v1/loan-applications").json()) {
            if (enterprise.equals(a.get("enterpriseName").asText())) {
                mine = a;
            }
        }
        assertThat(mine).as("filed by the member for themselves").isNotNull();
        assertThat(mine.get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(mine.get("closedReason").asText()).isEqualTo("资金已另行解决");
        assertThat(mine.get("documents")).hasSize(1);
        assertThat(mine.get("amountFen").asLong()).isEqualTo(8_000_000L);
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
            Page page = context.newPage();
            Chromium.signIn(page, "hq-analyst");
            page.navigate(Platform.appUrl() + "/hq-loan-figures");
            assertThat(cell(page, "#hq-loan-cities", "北京市职工互助保障服务中心")).isVisible();
            page.locator("#language-switch").click();
            assertThat(cell(page, "#hq-loan-cities", "Beijing Workers")).isVisible();
            assertThat(cell(page, "#hq-loan-cities", "Total")).isVisible();
            assertThat(page.getByText("Disbursed (yuan)")).isVisible();
            Chromium.screenshot(page, "hq-loan-figures-en.png");
        }
    }

    /** The agency clerk's part: the application filed through the form, its documents, the field investigation. */
    private static long filedAndInvestigatedByTheAgencyClerk() {
        long member = Api.get("beijing-agency-clerk", "/api/v1/members?limit=1").json().get("items").get(0).get("id").asLong();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
            Page page = context.newPage();
            Chromium.signIn(page, "beijing-agency-clerk");
            page.navigate(Platform.appUrl() + "/loan-applications");
            page.locator("#loan-new").click();
            choose(page, "#loan-product", "个人创业担保贷款");
            page.locator("#loan-member input").fill(Long.toString(member));
            page.locator("#loan-enterprise input").fill(ENTERPRISE);
            page.locator("#loan-credit-code input").fill(UnionRegistrationIT.freshCreditCode());
            page.locator("#loan-amount input").fill("900000.00");
            page.locator("#loan-months input").fill("24");
            page.locator("#loan-park input").fill("中关村软件园");
            page.locator("#loan-district input").fill("东城区");
            page.locator("#loan-account input").fill("6222 0000 0000 0001");
            page.locator("#loan-account-holder input").fill(ENTERPRISE);
            page.locator("#loan-file").click();
            assertThat(notice(page, "金额（元）：金额应在 10000.00 至 200000.00 元之间")).isVisible();
            page.locator("#loan-amount input").fill("150000.00");
            page.locator("#loan-file").click();
            assertThat(notice(page, "已提交贷款申请")).isVisible();
            long id = applicationOf(ENTERPRISE);
            for (String kind : new String[] {"营业执照", "创业者身份证", "创业计划书"}) {
                choose(page, "#loan-document-kind", kind);
                page.locator("#loan-document-upload input[type=file]").setInputFiles(
                        new FilePayload(kind + ".pdf", "application/pdf", ClaimsIT.pdf()));
                assertThat(notice(page, "已上传" + kind)).isVisible();
            }
            assertThat(page.locator("#loan-missing-documents")).hasText("本产品要求的材料已齐");
            day(page, "#loan-investigated-on", LoansIT.PAID_OUT.minusDays(20));
            page.locator("#loan-investigators input").fill("张伟、李娜");
            page.locator("#loan-findings textarea").fill("门店在营，账目清楚");
            choose(page, "#loan-recommendation", "建议贷款");
            page.locator("#loan-investigate").click();
            assertThat(page.locator("#loan-application-status")).containsText("已下户调查");
            Chromium.screenshot(page, "loan-investigated-zh.png");
            JsonNode investigated = Api.get("beijing-admin", "/api/v1/loan-applications/" + id).json();
            assertThat(investigated.get("status").asText()).isEqualTo("INVESTIGATED");
            assertThat(investigated.get("documents")).hasSize(3);
            assertThat(investigated.get("investigators").toString()).isEqualTo("[\"张伟\",\"李娜\"]");
            assertThat(investigated.get("amountFen").asLong()).isEqualTo(15_000_000L);
            return id;
        }
    }

    /** The office admin's part: guarantee, bank approval (24 months at 3.45%) and disbursement, in the dialog. */
    private static long approvedAndDisbursedByTheOffice(String path) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
            Page page = context.newPage();
            Chromium.signIn(page, "beijing-admin");
            page.navigate(Platform.appUrl() + "/loan-applications");
            cell(page, "#loan-applications", ENTERPRISE).click();
            choose(page, "#loan-guarantor", "北京首创融资担保有限公司");
            day(page, "#loan-guarantee-on", LoansIT.PAID_OUT.minusDays(9));
            page.locator("#loan-guarantee-approve").click();
            assertThat(page.locator("#loan-application-status")).containsText("已担保");
            choose(page, "#loan-bank", "北京农商银行");
            page.locator("#loan-approved-months input").fill("24");
            page.locator("#loan-contract input").fill(CONTRACT);
            day(page, "#loan-approved-on", LoansIT.PAID_OUT.minusDays(2));
            page.locator("#loan-approve").click();
            assertThat(page.locator("#loan-application-status")).containsText("银行已审批");
            day(page, "#loan-disbursed-on", LoansIT.PAID_OUT.minusDays(3));
            page.locator("#loan-disburse").click();
            assertThat(notice(page, "放款日期不能早于银行审批日期")).isVisible();
            day(page, "#loan-disbursed-on", LoansIT.PAID_OUT);
            page.locator("#loan-disburse").click();
            assertThat(page.locator("#loan-application-status")).containsText("已放款");
            assertThat(page.locator("#loan-audit")).containsText("担保机构 北京首创融资担保有限公司 同意担保");
            assertThat(page.locator("#loan-audit")).containsText("下户调查：" + LoansIT.PAID_OUT.minusDays(20));
        }
        JsonNode disbursed = Api.get("beijing-admin", path).json();
        assertThat(disbursed.get("status").asText()).isEqualTo("DISBURSED");
        assertThat(disbursed.get("approvedMonths").asInt()).isEqualTo(24);
        assertThat(disbursed.get("approvedAmountFen").asLong()).isEqualTo(15_000_000L);
        assertThat(disbursed.get("disbursedOn").asText()).isEqualTo(LoansIT.PAID_OUT.toString());
        return disbursed.get("loanId").asLong();
    }

    /** The claims officer's part: the bank's file for last quarter's instalments, the quarter's subsidy computed. */
    private static void repaidAndComputedByTheClaimsOfficer(long loanId) {
        JsonNode schedule = Api.get("beijing-admin", "/api/v1/loans/" + loanId).json().get("schedule");
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
            Page page = context.newPage();
            Chromium.signIn(page, "beijing-claims-officer");
            page.navigate(Platform.appUrl() + "/loan-applications");
            page.locator("#loan-repayment-file input[type=file]").setInputFiles(new FilePayload("还款.csv",
                    "text/csv", bankFile(schedule).getBytes(StandardCharsets.UTF_8)));
            assertThat(notice(page, "登记 3 笔")).isVisible();
            page.locator("#loan-subsidy-period input").fill(LoansIT.LAST_QUARTER);
            page.locator("#loan-subsidy-compute").click();
            assertThat(notice(page, "已核算")).isVisible();
            cell(page, "#loan-subsidies", CONTRACT).click();
            assertThat(cell(page, "#loan-subsidy-working", "按期还款，予以贴息")).isVisible();
            page.locator("#loan-subsidy-approve").click();
            assertThat(notice(page, "须由另一人审批")).isVisible();
            repaidByHand(page, schedule.get(3));
        }
        assertThat(Api.get("beijing-admin", "/api/v1/loans/" + loanId).json().get("schedule").get(3).get("paidFen")
                .asLong()).as("the fourth instalment, entered by hand in the loan's dialog")
                .isEqualTo(schedule.get(3).get("principalFen").asLong() + schedule.get(3).get("interestFen").asLong());
        JsonNode subsidy = subsidy(loanId);
        assertThat(subsidy.get("status").asText()).isEqualTo("COMPUTED");
        assertThat(subsidy.get("amountFen").asLong()).isPositive();
        assertThat(Api.get("beijing-admin", "/api/v1/loans/" + loanId).json().get("schedule").get(2)
                .get("paidInFullOn").asText()).isNotEmpty();
    }

    /** The loan's dialog: its schedule with the subsidised part, and a repayment entered from the bank's receipt. */
    private static void repaidByHand(Page page, JsonNode fourth) {
        cell(page, "#loans", CONTRACT).click();
        assertThat(page.locator("#loan-standing")).containsText("150000.00");
        assertThat(cell(page, "#loan-schedule", LoansIT.yuan(fourth.get("subsidisedInterestFen").asLong()))).isVisible();
        page.locator("#loan-repay-instalment input").fill("4");
        day(page, "#loan-repay-on", LoansIT.TODAY.minusDays(1));
        page.locator("#loan-repay").click();
        assertThat(notice(page, "本金（元）：金额应为大于0")).isVisible();
        page.locator("#loan-repay-principal input").fill(LoansIT.yuan(fourth.get("principalFen").asLong()));
        page.locator("#loan-repay-interest input").fill(LoansIT.yuan(fourth.get("interestFen").asLong()));
        page.locator("#loan-repay-reference input").fill("HAND-UI-" + CONTRACT);
        page.locator("#loan-repay").click();
        assertThat(page.locator("#loan-audit")).containsText("第 4 期还款");
        page.keyboard().press("Escape");
    }

    private static void approvedByTheOffice(long loanId) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
            Page page = context.newPage();
            Chromium.signIn(page, "beijing-admin");
            page.navigate(Platform.appUrl() + "/loan-applications");
            cell(page, "#loan-subsidies", CONTRACT).click();
            page.locator("#loan-subsidy-approve").click();
            assertThat(notice(page, "已审批合同 " + CONTRACT)).isVisible();
            Chromium.screenshot(page, "loan-subsidy-approved-zh.png");
        }
        JsonNode subsidy = subsidy(loanId);
        assertThat(subsidy.get("status").asText()).isEqualTo("APPROVED");
        assertThat(subsidy.get("approvedBy").asText()).isEqualTo("beijing-admin");
    }

    /** The bank's CSV (docs/loan-repayment-file.md) paying the first three instalments on their due days. */
    private static String bankFile(JsonNode schedule) {
        StringBuilder csv = new StringBuilder("reference,contractNo,instalment,paidOn,principal,interest,penalty\n");
        for (int n = 1; n <= 3; n++) {
            JsonNode i = schedule.get(n - 1);
            csv.append("UI").append(n).append('-').append(CONTRACT).append(',').append(CONTRACT).append(',').append(n)
                    .append(',').append(i.get("dueDate").asText()).append(',').append(LoansIT.yuan(i.get("principalFen").asLong()))
                    .append(',').append(LoansIT.yuan(i.get("interestFen").asLong())).append(",0\n");
        }
        return csv.toString();
    }

    private static JsonNode subsidy(long loanId) {
        return LoansIT.subsidyOf(Api.get("beijing-admin", "/api/v1/loans/subsidies?period=" + LoansIT.LAST_QUARTER)
                .json(), loanId);
    }

    private static long applicationOf(String enterprise) {
        for (JsonNode a : Api.get("beijing-agency-clerk", "/api/v1/loan-applications?limit=50").json()) {
            if (enterprise.equals(a.get("enterpriseName").asText())) {
                return a.get("id").asLong();
            }
        }
        throw new AssertionError("no application of " + enterprise);
    }

    private static void choose(Page page, String combo, String text) {
        page.locator(combo + " input").fill(text);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(text)).first().click();
    }

    private static void day(Page page, String picker, LocalDate day) {
        page.locator(picker + " input").fill(day.toString());
        page.locator(picker + " input").press("Enter");
    }

    private static Locator notice(Page page, String text) {
        return page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(text)).first();
    }

    private static Locator cell(Page page, String grid, String text) {
        return page.locator(grid + " vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(text)).first();
    }
}
