package org.huzhu.app.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A person in headless Chromium: signs in on the Keycloak page and works in the portal. */
class PortalBrowserIT {

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
    void beijing_admin_signs_in_sees_beijing_members_and_switches_to_english() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
            Page page = context.newPage();
            signIn(page, "beijing-admin");
            assertThat(page.locator("#office-dashboard")).isVisible(); // the office admin's home
            page.navigate(Platform.appUrl() + "/members");
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

    /**
     * The office admin meets the calendar banner on the landing page while a year due dates reach has no
     * arrangement, follows it to 工作日历 and uploads a wrong file: every wrong line is named, nothing stored.
     */
    @Test
    void the_office_admin_is_warned_of_a_year_without_holidays_and_a_wrong_upload_names_its_lines() throws Exception {
        com.fasterxml.jackson.databind.JsonNode missing = Api.get("beijing-admin", "/api/v1/calendar/missing-years")
                .json().get("missingYears");
        Path file = Files.createTempFile("calendar", ".txt");
        Files.writeString(file, "2091-01-01 holiday 元旦\n2091-02-30 holiday 春节\n2091-03-05 workday 调休\n");
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "beijing-admin");
            assertThat(page.locator("#office-dashboard")).isVisible();
            if (missing.isEmpty()) {
                assertThat(page.locator("#calendar-notice")).isHidden();
                page.navigate(Platform.appUrl() + "/calendar");
            } else {
                assertThat(page.locator("#calendar-notice")).containsText(missing.get(0).asText() + " 年的节假日安排");
                screenshot(page, "calendar-notice.png");
                page.locator("#calendar-notice a").click();
            }
            page.locator("#calendar-year input").fill("2091");
            page.locator("#calendar-year input").press("Tab");
            page.locator("#calendar-upload input[type=file]").setInputFiles(file);
            assertThat(page.locator("#calendar-result")).containsText("文件有 2 处错误，未保存任何内容");
            assertThat(cell(page, "#calendar-errors", "日期无效")).isVisible();
            assertThat(cell(page, "#calendar-errors", "调休上班日必须是周六或周日")).isVisible();
            screenshot(page, "calendar-refused.png");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void an_office_admin_drafts_and_publishes_a_plan_version_and_a_clerk_sees_it() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "beijing-admin");
            page.navigate(Platform.appUrl() + "/plans");
            cell(page, "#plan-grid", "住院津贴互助保障计划").click();
            page.locator("#draft-button").click();
            page.locator("#draft-effective-from input").fill("2027-01-01");
            page.locator("#draft-effective-from input").press("Enter");
            page.locator("#draft-fee input").fill("25.00");
            page.locator("#draft-amount-allowance input").fill("35.00");
            page.locator("#draft-save").click();
            assertThat(page.locator("#draft-status")).containsText("第2版");
            screenshot(page, "plan-draft.png");
            page.locator("#publish-button").click();
            assertThat(cell(page, "#version-grid", "2027-01-01")).isVisible();
            assertThat(page.locator("#version-diff")).containsText("20.00 → 25.00");
            assertThat(page.locator("#version-diff")).containsText("每天30.00元/份 → 每天35.00元/份");
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "beijing-grassroots-clerk");
            page.navigate(Platform.appUrl() + "/plans");
            cell(page, "#plan-grid", "住院津贴互助保障计划").click();
            assertThat(cell(page, "#version-grid", "2027-01-01")).isVisible();
            assertThat(page.locator("#draft-button")).isHidden();
            screenshot(page, "plan-clerk.png");
        }
    }

    @Test
    void a_grassroots_clerk_registers_a_union_and_the_office_admin_approves_it() {
        String name = "浏览器测试" + System.nanoTime() % 100_000 + "科技有限公司工会";
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "beijing-grassroots-clerk");
            page.navigate(Platform.appUrl() + "/union-registration");
            page.locator("#reg-name input").fill(name);
            page.locator("#reg-credit-code input").fill(UnionRegistrationIT.freshCreditCode());
            page.locator("#reg-headcount input").fill("88");
            page.locator("#reg-parent input").fill("BJ-DC");
            page.locator("vaadin-combo-box-item").filter(
                    new com.microsoft.playwright.Locator.FilterOptions().setHasText("东城区总工会")).first().click();
            page.locator("#reg-submit").click();
            assertThat(page.locator("#reg-result")).containsText("BJ-DC-");
            assertThat(page.locator("#reg-result")).containsText("待审核");
            screenshot(page, "union-registration.png");
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "beijing-admin");
            page.navigate(Platform.appUrl() + "/union-review");
            cell(page, "#review-grid", name).click();
            page.locator("#review-approve").click();
            assertThat(page.locator("#review-message")).containsText("已审核通过");
            assertThat(page.locator("#review-message")).containsText(name);
            screenshot(page, "union-review.png");
        }
        com.fasterxml.jackson.databind.JsonNode active = Api.get("beijing-admin",
                "/api/v1/union-registrations?status=ACTIVE").json();
        java.util.List<String> names = new java.util.ArrayList<>();
        active.forEach(r -> names.add(r.get("name").asText()));
        org.assertj.core.api.Assertions.assertThat(names).contains(name);
    }

    @Test
    void a_grassroots_clerk_uploads_a_list_sees_it_checked_downloads_the_bad_rows_and_submits() throws Exception {
        EnrolmentList list = new EnrolmentList(4_500, 40, 11);
        Path file = Files.createTempFile("enrolment-list", ".csv");
        Files.write(file, list.bytes());
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true))) {
            Page page = context.newPage();
            signIn(page, "beijing-grassroots-clerk");
            page.navigate(Platform.appUrl() + "/enrolment");
            page.locator("#term-start input").fill("2029-01-01");
            page.locator("#term-start input").press("Enter");
            page.locator("#list-upload input[type=file]").setInputFiles(file);
            assertThat(page.locator("#import-progress")).isVisible();
            assertThat(page.locator("#import-status")).containsText("核对完成",
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(90_000));
            assertThat(page.locator("#import-counts")).containsText(String.format("有误 %,d 行", list.bad.size()));
            assertThat(cell(page, "#error-grid", "校验")).isVisible();
            screenshot(page, "enrolment-checked.png");
            Download download = page.waitForDownload(() -> page.locator("#error-download").click());
            try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(download.path().toFile())) {
                var sheet = workbook.getSheetAt(0);
                org.assertj.core.api.Assertions.assertThat(sheet.getLastRowNum()).isEqualTo(list.bad.size());
                org.assertj.core.api.Assertions.assertThat(sheet.getRow(0).getCell(10).getStringCellValue()).isEqualTo("错误");
                org.assertj.core.api.Assertions.assertThat(sheet.getRow(1).getCell(10).getStringCellValue()).isNotBlank();
            }
            // 4,500 rows are more than the union's registered staff: the warning is shown and must be confirmed
            assertThat(page.locator("#import-warnings")).containsText("超过本工会登记职工人数");
            assertThat(page.locator("#participation-grid")).isVisible();
            page.locator("#confirm-warnings").click();
            page.locator("#submit-button").click();
            assertThat(page.locator("#import-status")).containsText("已参保",
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(90_000));
            assertThat(page.locator("#import-counts")).containsText(String.format("已参保 %,d 人次", list.goodRows()));
            screenshot(page, "enrolment-submitted.png");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * The claim path in the portal: the grassroots clerk files an accident claim for the demo member and adds the
     * accident report; drawn for review, the agency clerk enters the approval and the city claims officer confirms
     * it (four eyes); the office puts it on a payout run that a second person approves, the bank's file goes out
     * and its answer comes back; the member sees it paid in 我的理赔.
     */
    @Test
    void a_claim_goes_from_the_clerks_counter_through_two_officers_to_the_member() throws Exception {
        String member = demoMemberName("beijing-member");
        ClaimsIT.reviewPercent(100);
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "beijing-grassroots-clerk");
            page.navigate(Platform.appUrl() + "/claim-filing");
            page.locator("#claim-member-search input").fill(member);
            cell(page, "#claim-members", member).click();
            page.locator("#claim-entry-plan input").click();
            page.locator("vaadin-combo-box-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("意外伤害互助保障计划 (" + ClaimFixture.TERM + ")")).first().click();
            String day = java.time.LocalDate.now().minusDays(4).toString();
            page.locator("#claim-entry-event-date input").fill(day);
            page.locator("#claim-entry-event-date input").press("Enter");
            page.locator("#claim-entry-grade input").fill("10");
            page.locator("#claim-entry-file").click();
            assertThat(page.locator("#claim-entry-detail-status")).containsText("待补材料");
            assertThat(page.locator("#claim-entry-detail")).containsText("意外事故证明或伤残鉴定");
            Path report = Files.createTempFile("accident-report", ".pdf");
            Files.writeString(report, "%PDF-1.4\n% accident report " + java.util.UUID.randomUUID() + "\n%%EOF\n");
            page.locator("#claim-entry-upload input[type=file]").setInputFiles(report);
            assertThat(page.locator("#claim-entry-detail-status")).containsText("待审核");
            assertThat(page.locator("#claim-entry-detail-amount")).containsText("3080.00");
            assertThat(page.locator("#claim-entry-detail-explanation")).isVisible();
            screenshot(page, "claim-filed.png");
        }
        long claim = latestClaimOf("beijing-member");
        decide("beijing-agency-clerk", claim, "#claim-approve", "待复核");
        decide("beijing-claims-officer", claim, "#claim-confirm", "已批准");
        org.assertj.core.api.Assertions.assertThat(Api.get("beijing-admin", "/api/v1/claims/" + claim).json()
                .get("status").asText()).isEqualTo("APPROVED");
        ClaimsIT.reviewPercent(5);
        payOnARun(claim);
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "beijing-member");
            page.navigate(Platform.appUrl() + "/my-claims");
            assertThat(cell(page, "#my-claims-grid", "已支付")).isVisible();
            screenshot(page, "my-claims.png");
        }
    }

    /**
     * The weekly run in the portal: the office admin gathers the approved claims, the claims officer approves the
     * run (a second person), downloads the bank's direct-payout file and uploads the bank's answer, all paid.
     */
    private static void payOnARun(long claim) throws Exception {
        String run;
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "beijing-admin");
            page.navigate(Platform.appUrl() + "/payout-runs");
            page.locator("#payout-create").click();
            assertThat(page.locator("#payout-selected")).containsText("待审批",
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
            run = String.valueOf(EnrolmentImportIT.count("SELECT payout_run_id FROM claim WHERE id = " + claim));
            screenshot(page, "payout-gathered.png");
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true))) {
            Page page = context.newPage();
            signIn(page, "beijing-claims-officer");
            page.navigate(Platform.appUrl() + "/payout-runs");
            page.locator("#payout-run-grid vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator
                    .FilterOptions().setHasText(java.util.regex.Pattern.compile("^" + run + "$"))).first().click();
            page.locator("#payout-approve").click();
            assertThat(page.locator("#payout-selected")).containsText("已审批");
            Download download = page.waitForDownload(() -> page.locator("#payout-bank-file").click());
            List<String> lines = Files.readAllLines(download.path());
            org.assertj.core.api.Assertions.assertThat(lines.get(0)).startsWith("H|HZDP|1|beijing|" + run + "|");
            StringBuilder answer = new StringBuilder();
            lines.stream().filter(l -> l.startsWith("D|")).forEach(l -> answer.append(l.split("\\|")[2])
                    .append("|S|B").append(l.split("\\|")[1]).append("|\n"));
            Path result = Files.createTempFile("bank-result", ".txt");
            Files.writeString(result, answer);
            page.locator("#payout-result-upload input[type=file]").setInputFiles(result);
            assertThat(page.locator("#payout-selected")).containsText("已结清",
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
            screenshot(page, "payout-settled.png");
        }
    }

    private static void decide(String officer, long claim, String button, String status) {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, officer);
            page.navigate(Platform.appUrl() + "/claim-queue");
            assertThat(page.locator("#claim-sla")).containsText("时效达标率");
            page.locator("#claim-queue-grid vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator
                    .FilterOptions().setHasText(java.util.regex.Pattern.compile("^" + claim + "$"))).first().click();
            page.locator(button).click();
            assertThat(page.locator("#claim-queue-detail-status")).containsText(status);
            screenshot(page, "claim-" + officer + ".png");
        }
    }

    private static String demoMemberName(String login) throws java.sql.SQLException {
        try (java.sql.Connection c = Platform.database(); java.sql.Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery("SELECT m.name FROM member_login l JOIN member m ON m.id = l.member_id "
                     + "WHERE l.username = '" + login + "'")) {
            r.next();
            return r.getString(1);
        }
    }

    private static long latestClaimOf(String login) throws java.sql.SQLException {
        return EnrolmentImportIT.count("SELECT MAX(c.id) FROM claim c JOIN member_login l ON l.member_id = c.member_id "
                + "AND l.tenant_id = c.tenant_id WHERE l.username = '" + login + "'");
    }

    private static com.microsoft.playwright.Locator cell(Page page, String grid, String text) {
        return page.locator(grid + " vaadin-grid-cell-content")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(text)).first();
    }

    /** The Chromium {@link #launch()} started, for other browser suites that share its set-up. */
    static Browser browser() {
        return browser;
    }

    static void signIn(Page page, String username) {
        Chromium.signIn(page, username);
    }

    static void screenshot(Page page, String name) {
        Chromium.screenshot(page, name);
    }
}
