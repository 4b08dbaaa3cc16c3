package org.huzhu.app.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a member and office staff meet first, in headless Chromium: each lands on their own home, a failing page
 * says so in their language with a reference (never a stack trace), a member's claim is confirmed and listed at
 * once, Vaadin's own widgets speak Chinese, no page shows a raw code, and no page asks for a theme that is not
 * there.
 */
class FirstContactBrowserIT {

    /** Codes a person should never read: UPPER_SNAKE reason codes, check outcomes, Java's rounding, union codes, rule lines. */
    private static final Pattern RAW = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z0-9]+)+\\b|\\b(?:PASS|REVIEW|FAIL)\\b"
            + "|HALF_UP|\\bBJ-[A-Z]+-\\d{3}\\b|\\b[a-zA-Z]+=\\d");

    /** Two languages on one line, the way texts were stored before ("中文 / English"), in either order. */
    private static final Pattern PAIR = Pattern.compile("\\p{IsHan}[^\\n/]* / [A-Za-z]|[A-Za-z][^\\n/]* / [^\\n/]*\\p{IsHan}");
    /** The English words the audit trail was written in, which a Chinese reader must not meet. */
    private static final Pattern AUDIT_ENGLISH = Pattern.compile("\\b(?:due|overdue|payout run|paid on|level|"
            + "auto-approved|approved|documents?|receipts?|sha256|yuan|review|sample)\\b", Pattern.CASE_INSENSITIVE);

    private static Chromium chromium;
    private static Browser browser;
    private static Pattern planCodes;

    @BeforeAll
    static void launch() throws Exception {
        chromium = new Chromium();
        browser = chromium.browser;
        // The tenant's plan codes (accident-injury, ...), from the files the demo tenant was provisioned with; a
        // one-word code ("combined") cannot be told from the word in a plan's English name.
        try (Stream<Path> files = Files.list(Path.of("../../tenant-config/beijing/plans"))) {
            planCodes = Pattern.compile("\\b(?:" + String.join("|", files.map(f -> f.getFileName().toString()
                    .replace(".yaml", "")).filter(code -> code.contains("-")).toList()) + ")\\b");
        }
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void a_member_signs_in_and_lands_on_their_own_cover_with_their_menu_in_both_languages() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            List<String> missing = notFound(page);
            Chromium.signIn(page, "beijing-member");
            assertThat(page.locator("#my-cover-grid")).isVisible();
            assertThat(page.locator("h2").first()).hasText("我的保障");
            assertThat(page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("我的理赔")))
                    .isVisible();
            assertThat(page.locator("body")).not().containsText("exception");
            assertThat(page.locator("body")).not().containsText("Exception");
            assertThat(page.locator("#my-cover-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText("意外伤害互助保障计划")).first()).isVisible();
            assertThat(page.title()).contains("我的保障");
            Chromium.screenshot(page, "first-member-home-zh.png");
            noRawCodes(page, "member home zh");
            page.locator("#language-switch").click();
            assertThat(page.locator("h2").first()).hasText("My cover");
            assertThat(page.locator("#my-cover-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText("Accident")).first()).isVisible();
            Chromium.screenshot(page, "first-member-home-en.png");
            noRawCodes(page, "member home en");
            assertThat(missing).as("requests answered 404").noneMatch(url -> url.contains("/VAADIN/themes/")
                    || url.endsWith(".css"));
        }
    }

    @Test
    void pages_a_login_may_not_open_or_that_do_not_exist_say_so_in_the_users_language() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            Chromium.signIn(page, "beijing-member");
            page.navigate(Platform.appUrl() + "/members");
            assertThat(page.locator("#access-denied")).containsText("无权访问此页面");
            assertThat(page.locator("body")).not().containsText("office staff and clerks");
            assertThat(page.locator("body")).not().containsText("Exception");
            Chromium.screenshot(page, "first-refused-zh.png");
            page.navigate(Platform.appUrl() + "/no-such-page");
            assertThat(page.locator("#portal-not-found")).containsText("找不到此页面");
            assertThat(page.locator("body")).not().containsText("Could not navigate");
        }
    }

    /**
     * A claim row the code cannot read (its checks damaged in the database) makes the member's claims page fail:
     * they see a translated page with a reference and no stack trace; the log has the reference with the details.
     */
    @Test
    void a_page_that_fails_shows_a_reference_in_the_users_language_and_the_log_has_it() throws Exception {
        long damaged = damagedClaimOf("beijing-member");
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            Chromium.signIn(page, "beijing-member");
            page.navigate(Platform.appUrl() + "/my-claims");
            assertThat(page.locator("#portal-error-reference")).containsText("错误编号：E-");
            String text = page.locator("body").innerText();
            assertThat(text).doesNotContain("Exception", "at org.", "java.", "ArrayIndexOutOfBounds");
            Matcher ref = Pattern.compile("E-[A-Z0-9]{8}").matcher(text);
            assertThat(ref.find()).isTrue();
            Chromium.screenshot(page, "first-error-zh.png");
            page.locator("#portal-error-home").click();
            assertThat(page.locator("#my-cover-grid")).isVisible();
            Path log = PayoutFixtures.WLP.resolve("usr/servers/huzhu/logs/messages.log");
            String logged = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(logged).contains("reference " + ref.group()).contains("ArrayIndexOutOfBoundsException");
        } finally {
            try (Connection c = Platform.database(); Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM claim WHERE id = " + damaged);
            }
        }
    }

    @Test
    void a_member_files_a_claim_sees_it_confirmed_and_listed_at_once_and_the_upload_speaks_chinese() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            List<String> missing = notFound(page);
            Chromium.signIn(page, "beijing-member");
            page.navigate(Platform.appUrl() + "/my-claims");
            page.locator("#my-claim-entry-plan input").click();
            page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions()
                    .setHasText("意外伤害互助保障计划 (" + ClaimFixture.TERM + ")")).first().click();
            page.locator("#my-claim-entry-event-date input").fill(java.time.LocalDate.now().minusDays(2).toString());
            page.locator("#my-claim-entry-event-date input").press("Enter");
            page.locator("#my-claim-entry-grade input").fill("9");
            page.locator("#my-claim-entry-file").click();
            Locator confirmation = page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                    .setHasText("理赔申请已提交"));
            assertThat(confirmation).isVisible();
            Matcher number = Pattern.compile("编号 (\\d+)").matcher(confirmation.innerText());
            assertThat(number.find()).as(confirmation.innerText()).isTrue();
            assertThat(page.locator("#my-claims-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText(Pattern.compile("^" + number.group(1) + "$"))).first()).isVisible();
            assertThat(page.locator("#my-claim-entry-upload").getByText("上传文件…")).isVisible();
            assertThat(page.locator("#my-claim-entry-upload").getByText("将文件拖到此处")).isVisible();
            assertThat(page.locator("#my-claim-entry-upload").getByText("Upload Files")).hasCount(0);
            Chromium.screenshot(page, "first-member-claim-filed-zh.png");
            noRawCodes(page, "member claim filed zh");
            assertThat(missing).noneMatch(url -> url.contains("/VAADIN/themes/"));
        }
    }

    /**
     * Office staff's pages with codes behind them, in Chinese and in English: plans, a claim in the queue with its
     * checks, explanation and audit trail, figures, and a payout run whose columns are never cut.
     */
    @Test
    void office_pages_show_names_and_sentences_never_codes_in_both_languages() throws Exception {
        long member = EnrolmentImportIT.count("SELECT member_id FROM member_login WHERE username = 'beijing-member'");
        Api.Reply filed = Api.post("beijing-grassroots-clerk", "/api/v1/claims", "{\"memberId\":" + member
                + ",\"planCode\":\"accident-injury\",\"benefitCode\":\"accident\",\"eventDate\":\""
                + java.time.LocalDate.now().minusDays(3) + "\",\"disabilityGrade\":10}");
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String claim = filed.json().get("id").asText();
        // the claim's history as escalation and payout runs write it today, and as they wrote it before codes
        audit(claim, "ESCALATED", "OVERDUE|2026-12-01|AGENCY|CITY");
        audit(claim, "SCHEDULED", "IN_RUN|7");
        audit(claim, "PAID", "payout run 7, paid on 2026-12-02");
        audit(claim, "PAYMENT_RETRY", "card details mended / 已更正卡信息");
        Api.Reply run = Api.post("beijing-admin", "/api/v1/payout-runs", "");
        assertThat(run.status()).as(run.body()).isBetween(200, 202);
        for (String language : List.of("zh", "en")) {
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                    .setViewportSize(1400, 2000))) {
                Page page = context.newPage();
                Chromium.signIn(page, "beijing-admin");
                if (language.equals("en")) {
                    page.locator("#language-switch").click();
                    assertThat(page.locator("#language-switch")).hasText("中文");
                }
                page.navigate(Platform.appUrl() + "/plans");
                page.locator("#plan-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(
                        language.equals("zh") ? "住院津贴互助保障计划" : "Inpatient daily allowance")).first().click();
                assertThat(page.locator("#version-grid")).isVisible();
                assertThat(page.locator("#version-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                        .setHasText(language.equals("zh") ? "每天30.00元/份" : "30.00 yuan a day per unit")).first())
                        .isVisible();
                look(page, "first-plans-" + language);
                page.navigate(Platform.appUrl() + "/claim-queue");
                assertThat(page.locator("#claim-sla")).isVisible();
                page.evaluate("() => { const g = document.querySelector('#claim-queue-grid');"
                        + " g.scrollToIndex(Math.max(0, (g.size || 1) - 1)); }");
                page.locator("#claim-queue-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                        .setHasText(Pattern.compile("^" + claim + "$"))).first().click();
                assertThat(page.locator("#claim-queue-detail-status")).containsText("#" + claim);
                assertThat(page.locator("#claim-audit")).isVisible();
                assertThat(page.locator("#claim-audit vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                        .setHasText(language.equals("zh") ? "给付批次 7，2026-12-02 支付" : "payout run 7, paid on 2026-12-02"))
                        .first()).isVisible();
                auditInOneLanguage(page, language);
                look(page, "first-claim-queue-" + language);
                page.navigate(Platform.appUrl() + "/enrolment-figures");
                assertThat(page.locator("#figures-plan")).isVisible();
                look(page, "first-figures-" + language);
                page.navigate(Platform.appUrl() + "/payout-runs");
                assertThat(page.locator("#payout-run-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                        .setHasText("beijing-admin")).first()).isVisible();
                Object cut = page.evaluate("() => [...document.querySelectorAll('#payout-run-grid vaadin-grid-cell-content')]"
                        + ".filter(c => c.textContent.trim() && c.scrollWidth > c.clientWidth + 1).map(c => c.textContent)");
                assertThat((List<?>) cut).as("payout run cells cut off").isEmpty();
                look(page, "first-payout-runs-" + language);
            }
        }
    }

    /** Headquarters' figures name each tenant's plans in the reader's language, never by code. */
    @Test
    void headquarters_figures_name_plans_in_the_readers_language() {
        for (String language : List.of("zh", "en")) {
            try (BrowserContext context = browser.newContext()) {
                Page page = context.newPage();
                Chromium.signIn(page, "hq-analyst");
                if (language.equals("en")) {
                    page.locator("#language-switch").click();
                    assertThat(page.locator("#language-switch")).hasText("中文");
                }
                page.navigate(Platform.appUrl() + "/enrolment-figures");
                assertThat(page.locator("#hq-beijing")).isVisible();
                look(page, "first-hq-figures-" + language);
                List<String> names = page.locator("#hq-beijing vaadin-grid-cell-content").allInnerTexts().stream()
                        .filter(t -> t.matches(".*[A-Za-z\\p{IsHan}].*")).toList();
                assertThat(names).as("plan lines").isNotEmpty();
                if (language.equals("en")) {
                    assertThat(names).as("English plan names").noneMatch(t -> t.matches(".*\\p{IsHan}.*"));
                } else {
                    assertThat(names).as("Chinese plan names").allMatch(t -> t.matches(".*\\p{IsHan}.*"));
                }
            }
        }
    }

    /** The audit trail's cells: in Chinese no English words, in English no Chinese. */
    private static void auditInOneLanguage(Page page, String language) {
        List<String> cells = page.locator("#claim-audit vaadin-grid-cell-content").allInnerTexts();
        List<String> wrong = cells.stream().filter(t -> language.equals("zh") ? AUDIT_ENGLISH.matcher(t).find()
                : t.matches("(?s).*\\p{IsHan}.*")).toList();
        assertThat(wrong).as("audit trail in " + language).isEmpty();
    }

    /** One line of a claim's audit trail, written as the code writes it (the table refuses updates, not inserts). */
    private static void audit(String claim, String action, String detail) throws Exception {
        try (Connection c = Platform.database(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO claim_audit (tenant_id, subject, subject_id, action, actor, at, status_before, "
                        + "status_after, detail, version) SELECT tenant_id, 'CLAIM', id, ?, 'system', NOW(3), status, "
                        + "status, ?, 0 FROM claim WHERE id = ?")) {
            s.setString(1, action);
            s.setString(2, detail);
            s.setLong(3, Long.parseLong(claim));
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private static void look(Page page, String name) {
        page.waitForTimeout(500);
        Chromium.screenshot(page, name + ".png");
        noRawCodes(page, name);
    }

    /** Every text on the page, grid cells included, free of codes. */
    private static void noRawCodes(Page page, String where) {
        List<String> texts = new ArrayList<>(page.locator("vaadin-grid-cell-content").allInnerTexts());
        texts.add(page.locator("body").innerText());
        List<String> found = new ArrayList<>();
        for (String text : texts) {
            for (Pattern p : List.of(RAW, planCodes, PAIR)) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    found.add(m.group() + " in «" + text.substring(Math.max(0, m.start() - 30),
                            Math.min(text.length(), m.end() + 30)).replace('\n', ' ') + "»");
                }
            }
        }
        assertThat(found).as("raw codes on " + where).isEmpty();
    }

    private static List<String> notFound(Page page) {
        List<String> urls = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onResponse(r -> {
            if (r.status() == 404) {
                urls.add(r.url());
            }
        });
        return urls;
    }

    /** A claim of the member whose checks column no code can read: one line without its separators. */
    private static long damagedClaimOf(String login) throws Exception {
        try (Connection c = Platform.database(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO claim (tenant_id, member_id, member_name, org_path, plan_code, benefit_code, channel, "
                        + "event_date, status, checks, filed_by, filed_at, filed_on, due_date) "
                        + "SELECT l.tenant_id, m.id, m.name, m.org_path, 'accident-injury', 'accident', 'MEMBER', "
                        + "CURDATE(), 'REJECTED', 'damaged line', 'browser-test', NOW(3), CURDATE(), CURDATE() "
                        + "FROM member_login l JOIN member m ON m.id = l.member_id WHERE l.username = ?",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, login);
            assertThat(s.executeUpdate()).isEqualTo(1);
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
