package org.huzhu.app.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huzhu.kernel.identity.Gender;
import org.huzhu.kernel.identity.NationalId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The relief forms in the portal, checked against REST: an agency clerk files a household (holder, figures,
 * causes, a spouse and a child with their national IDs) through the hardship register's dialog, sees it in the
 * list, is refused a second file for the same member in Chinese naming the first, then records a visit, a measure,
 * revised figures, the yearly review and the way out of hardship, after which a change is refused in words; the
 * office admin defines a secondary-aid run with three base bands and an extra band for hardship households, and
 * computes it; the claims officer sees neither the definition nor the computation; the office admin sets the
 * hardship lines in a dialog (a share of 0% refused in words), which clerks do not see; the office admin defines a
 * condolence item for one org unit (picked from the tree) and listed member numbers, and a non-member charity item
 * whose payees are pasted line by line (a short line refused naming its row, the listed payees shown masked).
 */
class ReliefFormsBrowserIT {

    private static final String CLERK = "beijing-agency-clerk";
    private static final String ADMIN = "beijing-admin";

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

    private static Locator cell(Page page, String grid, String exactText) {
        return page.locator(grid + " vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^" + literal(exactText) + "$")))
                .first();
    }

    /** The text as a pattern matching itself in JavaScript, where Playwright runs it (JavaScript has no \Q...\E). */
    private static String literal(String text) {
        return text.replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0");
    }

    private static Locator notification(Page page, String text) {
        return page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(text)).first();
    }

    private static void choose(Page page, String combo, String text) {
        page.locator(combo + " input").fill(text);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(text)).first().click();
    }

    private static void tick(Page page, String group, String text) {
        page.locator(group + " vaadin-checkbox").filter(new Locator.FilterOptions().setHasText(text)).first().click();
    }

    private static void date(Page page, String picker, LocalDate day) {
        page.locator(picker + " input").fill(day.toString());
        page.locator(picker + " input").press("Enter");
    }

    /** A national ID no earlier run has used: a region of its own, a random birthday and sequence. */
    private static String freshId(Gender gender) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return NationalId.compose("110229", LocalDate.of(1960, 1, 1).plusDays(random.nextInt(18_000)),
                random.nextInt(999), gender).value();
    }

    private static LocalDate tenantToday() {
        return LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    }

    private static void fileHousehold(Page page, long member) {
        page.locator("#hardship-new").click();
        page.locator("#household-member input").fill(Long.toString(member));
        page.locator("#household-income input").fill("30000.00");
        page.locator("#household-fixed-costs input").fill("2000.00");
        page.locator("#household-illness-costs input").fill("0");
        tick(page, "#household-causes", "因病");
        tick(page, "#household-causes", "因学");
    }

    private static void addPerson(Page page, String relation, String name, String id, String health, String income,
                                  String occupation) {
        choose(page, "#person-relation", relation);
        page.locator("#person-name input").fill(name);
        page.locator("#person-id-number input").fill(id);
        choose(page, "#person-health", health);
        page.locator("#person-income input").fill(income);
        choose(page, "#person-occupation", occupation);
        page.locator("#person-add").click();
        // the server clears the row once the person is listed: wait for it, or the next row's typing races it
        assertThat(cell(page, "#household-people", NationalId.parse(id).masked())).isVisible();
    }

    @Test
    void a_clerk_files_a_household_in_the_portal_and_a_second_file_for_the_member_is_refused_naming_the_first()
            throws Exception {
        int seed = 40_000 + (int) (System.currentTimeMillis() / 1000 % 9_000);
        long member = new ClaimFixture(seed).members.get(0);
        String spouse = freshId(Gender.FEMALE);
        String child = freshId(Gender.MALE);
        String fileId;
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            Chromium.signIn(page, CLERK);
            page.navigate(Platform.appUrl() + "/hardship-register");
            fileHousehold(page, member);
            addPerson(page, "配偶", "表单配偶", spouse, "慢性病", "6000.00", "失业");
            addPerson(page, "子女", "表单子女", child, "健康", "0", "中小学在读");
            page.locator("#household-file").click();
            Locator filed = notification(page, "已建档：档案号 ");
            assertThat(filed).isVisible();
            Matcher number = Pattern.compile("档案号 (\\d+)").matcher(filed.innerText());
            org.assertj.core.api.Assertions.assertThat(number.find()).as(filed.innerText()).isTrue();
            fileId = number.group(1);
            assertThat(filed).containsText("深度困难");
            assertThat(cell(page, "#hardship-files", fileId)).isVisible();
            Chromium.screenshot(page, "relief-household-filed.png");

            // the same member again: refused in Chinese naming the first file, never as a code
            fileHousehold(page, member);
            page.locator("#household-file").click();
            Locator refused = notification(page, "该家庭已有档案（第 " + fileId + " 号");
            assertThat(refused).isVisible();
            org.assertj.core.api.Assertions.assertThat(refused.innerText()).doesNotContain("relief.");
            Chromium.screenshot(page, "relief-household-refused.png");
            page.locator("#household-cancel").click();

            // an action REST offers, on the file chosen in the list
            cell(page, "#hardship-files", fileId).click();
            assertThat(page.locator("#file-selected")).containsText(fileId);
            page.locator("#file-visit").click();
            page.locator("#visit-note input").fill("入户走访，了解就医情况");
            page.locator("#visit-save").click();
            assertThat(notification(page, "档案 " + fileId + " 已更新")).isVisible();
            page.locator("#file-measure").click();
            choose(page, "#measure-kind", "助学");
            page.locator("#measure-amount input").fill("3000.00");
            page.locator("#measure-note input").fill("子女助学");
            page.locator("#measure-save").click();
            assertThat(page.locator("#measure-save")).isHidden();
            page.locator("#file-revise").click();
            assertThat(page.locator("#revise-income input")).hasValue("30000.00");
            page.locator("#revise-income input").fill("36000.00");
            page.locator("#revise-save").click();
            assertThat(cell(page, "#hardship-files", "944.44")).isVisible(); // (36,000 - 2,000) / 12 / 3
            page.locator("#file-review").click();
            page.locator("#review-save").click();
            assertThat(page.locator("#review-save")).isHidden();
            page.locator("#file-close").click();
            choose(page, "#close-reason", "实现就业");
            page.locator("#close-save").click();
            assertThat(cell(page, "#hardship-files", "已脱困")).isVisible();
            // a closed file is kept but no longer changed: the application's refusal, in words
            page.locator("#file-visit").click();
            page.locator("#visit-save").click();
            assertThat(notification(page, "档案 " + fileId + " 已于 " + tenantToday() + " 脱困")).isVisible();
            page.locator("#visit-cancel").click();
            // what was done for the household, and every change, is on the page in words
            assertThat(cell(page, "#hardship-visits", "入户走访，了解就医情况")).isVisible();
            assertThat(cell(page, "#hardship-measures", "子女助学")).isVisible();
            assertThat(cell(page, "#hardship-history", "脱困：实现就业")).isVisible();
            assertThat(cell(page, "#hardship-history", "帮扶措施：助学")).isVisible();
        }

        JsonNode file = Api.get(ADMIN, "/api/v1/hardship-households/" + fileId).json();
        org.assertj.core.api.Assertions.assertThat(file.get("memberId").asLong()).isEqualTo(member);
        org.assertj.core.api.Assertions.assertThat(file.get("filedBy").asText()).isEqualTo(CLERK);
        org.assertj.core.api.Assertions.assertThat(file.get("householdSize").asInt()).isEqualTo(3);
        org.assertj.core.api.Assertions.assertThat(file.get("householdIncomeFen").asLong()).isEqualTo(3_600_000);
        org.assertj.core.api.Assertions.assertThat(file.get("fixedCostsFen").asLong()).isEqualTo(200_000);
        // filed at (30,000.00 - 2,000.00) / 12 / 3 = 777.77 a head a month, revised to 944.44: below 1,470.00
        org.assertj.core.api.Assertions.assertThat(file.get("incomePerHeadMonthFen").asLong()).isEqualTo(94_444);
        org.assertj.core.api.Assertions.assertThat(file.get("category").asText()).isEqualTo("DEEP");
        List<String> causes = new ArrayList<>();
        file.get("causes").forEach(c -> causes.add(c.asText()));
        org.assertj.core.api.Assertions.assertThat(causes).containsExactly("ILLNESS", "SCHOOLING");
        // each person as entered, in whatever order the file lists them
        java.util.Map<String, String> people = new java.util.TreeMap<>();
        file.get("household").forEach(p -> people.put(p.get("name").asText(), p.get("relation").asText() + " "
                + p.get("idNumberMasked").asText() + " " + p.get("health").asText() + " " + p.get("incomeFen").asLong()
                + " " + p.get("occupation").asText()));
        org.assertj.core.api.Assertions.assertThat(people).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                "表单配偶", "SPOUSE " + NationalId.parse(spouse).masked() + " CHRONIC_ILLNESS 600000 UNEMPLOYED",
                "表单子女", "CHILD " + NationalId.parse(child).masked() + " HEALTHY 0 SCHOOL"));
        org.assertj.core.api.Assertions.assertThat(file.get("visits").get(0).get("note").asText())
                .isEqualTo("入户走访，了解就医情况");
        org.assertj.core.api.Assertions.assertThat(file.get("measures").get(0).get("kind").asText())
                .isEqualTo("STUDY_AID");
        org.assertj.core.api.Assertions.assertThat(file.get("measures").get(0).get("amountFen").asLong())
                .isEqualTo(300_000);
        org.assertj.core.api.Assertions.assertThat(file.get("status").asText()).isEqualTo("OUT_OF_HARDSHIP");
        org.assertj.core.api.Assertions.assertThat(file.get("outReason").asText()).isEqualTo("FOUND_WORK");
        org.assertj.core.api.Assertions.assertThat(file.get("outOn").asText()).isEqualTo(tenantToday().toString());
        List<String> actions = new ArrayList<>();
        Api.get(ADMIN, "/api/v1/hardship-households/" + fileId + "/history").json()
                .forEach(e -> actions.add(e.get("action").asText()));
        org.assertj.core.api.Assertions.assertThat(actions)
                .containsExactly("FILED", "VISITED", "MEASURE", "REVISED", "REVIEWED", "CLOSED");
        int held = 0;
        for (JsonNode each : Api.get(ADMIN, "/api/v1/hardship-households?limit=500").json()) {
            held += each.get("memberId").asLong() == member ? 1 : 0;
        }
        org.assertj.core.api.Assertions.assertThat(held).as("files of member " + member).isEqualTo(1);
    }

    @Test
    void the_office_admin_defines_an_aid_run_with_its_bands_in_the_portal_and_computes_it() throws Exception {
        Platform.awaitReady();
        String name = "表单二次救助 " + System.currentTimeMillis() % 1_000_000_000L;
        LocalDate to = tenantToday();
        LocalDate from = to.minusDays(60);
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            Chromium.signIn(page, ADMIN);
            page.navigate(Platform.appUrl() + "/aid-runs");
            page.locator("#aid-new").click();
            page.locator("#run-name input").fill(name);
            date(page, "#run-from", from);
            date(page, "#run-to", to);
            tick(page, "#run-plans", "二次报销");
            page.locator("#run-member-cap input").fill("6000.00");
            page.locator("#run-budget input").fill("100000.00");
            // 1,000-5,000: 20%; 5,000-20,000: 30% at most 3,000; 20,000 and above: 5,000
            band(page, "run-base", "1000", "5000", null, "20", null, "按 20%");
            band(page, "run-base", "5000", "20000", null, "30", "3000", "按 30%，封顶 3000.00 元");
            band(page, "run-base", "20000", null, "5000", null, null, "固定 5000.00 元");
            page.getByText("额外档次：困难职工").click();
            band(page, "run-hardship", "0", null, "500", null, null, "固定 500.00 元");
            page.locator("#run-define").click();
            assertThat(notification(page, "已设定批次 ")).containsText(name);
            assertThat(cell(page, "#aid-runs", name)).isVisible();
            Chromium.screenshot(page, "relief-aid-run-defined.png");
            page.locator("#aid-compute").click();
            awaitComputed(name); // before the page closes, which would drop the click's request
        }

        JsonNode run = run(name);
        org.assertj.core.api.Assertions.assertThat(run.get("claimsFrom").asText()).isEqualTo(from.toString());
        org.assertj.core.api.Assertions.assertThat(run.get("claimsTo").asText()).isEqualTo(to.toString());
        org.assertj.core.api.Assertions.assertThat(run.get("planCodes").toString())
                .isEqualTo("[\"secondary-reimbursement\"]");
        org.assertj.core.api.Assertions.assertThat(run.get("budgetFen").asLong()).isEqualTo(10_000_000);
        org.assertj.core.api.Assertions.assertThat(run.get("memberCapFen").asLong()).isEqualTo(600_000);
        org.assertj.core.api.Assertions.assertThat(run.get("createdBy").asText()).isEqualTo(ADMIN);
        org.assertj.core.api.Assertions.assertThat(bands(run.get("bands"))).containsExactly(
                "100000-500000 0 20% cap null", "500000-2000000 0 30% cap 300000", "2000000-null 500000 0% cap null");
        JsonNode extra = run.get("extraBands");
        org.assertj.core.api.Assertions.assertThat(extra).hasSize(1);
        org.assertj.core.api.Assertions.assertThat(extra.get(0).get("group").asText()).isEqualTo("HARDSHIP");
        org.assertj.core.api.Assertions.assertThat(bands(extra.get(0).get("bands")))
                .containsExactly("0-null 50000 0% cap null");
        org.assertj.core.api.Assertions.assertThat(run.get("status").asText()).isEqualTo("COMPUTED");

        // defining and computing are the office admin's: the claims officer sees the runs without either
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            Chromium.signIn(page, "beijing-claims-officer");
            page.navigate(Platform.appUrl() + "/aid-runs");
            assertThat(cell(page, "#aid-runs", name)).isVisible();
            assertThat(page.locator("#aid-new")).isHidden();
            assertThat(page.locator("#aid-compute")).isHidden();
        }
    }

    @Test
    void the_office_admin_sets_the_hardship_lines_in_a_dialog_and_clerks_do_not_see_it() throws Exception {
        Platform.awaitReady();
        JsonNode before = Api.get(ADMIN, "/api/v1/hardship-households/settings").json();
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            Chromium.signIn(page, ADMIN);
            page.navigate(Platform.appUrl() + "/hardship-register");
            page.locator("#hardship-lines").click();
            assertThat(page.locator("#lines-minimum input"))
                    .hasValue(new java.math.BigDecimal(before.get("minimumLivingFen").asLong()).movePointLeft(2)
                            .toPlainString());
            page.locator("#lines-minimum input").fill("1520.50");
            page.locator("#lines-share input").fill("0");
            page.locator("#lines-save").click();
            assertThat(notification(page, "比例须在 1% 至 1000% 之间")).isVisible();
            page.locator("#lines-share input").fill("75");
            page.locator("#lines-save").click();
            assertThat(notification(page, "认定标准已保存")).isVisible();
            JsonNode after = Api.get(ADMIN, "/api/v1/hardship-households/settings").json();
            org.assertj.core.api.Assertions.assertThat(after.get("minimumLivingFen").asLong()).isEqualTo(152_050);
            org.assertj.core.api.Assertions.assertThat(after.get("illnessSharePercent").asInt()).isEqualTo(75);
        } finally { // the other relief tests of this database judge households by the lines they found
            org.assertj.core.api.Assertions.assertThat(
                    Api.put(ADMIN, "/api/v1/hardship-households/settings", before.toString()).status()).isEqualTo(200);
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            Chromium.signIn(page, CLERK);
            page.navigate(Platform.appUrl() + "/hardship-register");
            assertThat(page.locator("#hardship-new")).isVisible();
            assertThat(page.locator("#hardship-lines")).isHidden();
        }
    }

    @Test
    void the_office_admin_defines_condolence_items_for_an_org_unit_and_lists_non_member_payees() throws Exception {
        Platform.awaitReady();
        String seed = Long.toString(System.currentTimeMillis() % 1_000_000_000L);
        JsonNode unit = null;
        for (JsonNode u : Api.get(ADMIN, "/api/v1/org-units").json()) {
            unit = unit == null && "BJ-DX-007".equals(u.get("code").asText()) ? u : unit;
        }
        org.assertj.core.api.Assertions.assertThat(unit).as("the demo union BJ-DX-007").isNotNull();
        String id1 = freshId(Gender.FEMALE);
        String id2 = freshId(Gender.MALE);
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            Chromium.signIn(page, ADMIN);
            page.navigate(Platform.appUrl() + "/condolence-items");
            page.locator("#condolence-name input").fill("表单慰问 " + seed);
            choose(page, "#condolence-kind", "困难职工慰问");
            choose(page, "#condolence-org-unit", "BJ-DX-007");
            page.locator("#condolence-member-ids input").fill("1, 2，3");
            page.locator("#condolence-amount input").fill("500.00");
            page.locator("#condolence-budget input").fill("5000.00");
            page.locator("#condolence-define").click();
            assertThat(page.locator("#condolence-items")).containsText("表单慰问 " + seed);
            assertThat(cell(page, "#condolence-items", "BJ-DX-007 " + unit.get("name").asText())).isVisible();

            page.locator("#condolence-name input").fill("表单非会员慈善 " + seed);
            choose(page, "#condolence-kind", "非会员慈善救助");
            assertThat(page.locator("#condolence-gender")).isHidden();
            // the org unit stays: the charity is given by that union (its lines count there in the figures)
            page.locator("#condolence-amount input").fill("1000.00");
            page.locator("#condolence-budget input").fill("1500.00");
            page.locator("#condolence-define").click();
            assertThat(page.locator("#condolence-payee-lines")).isVisible();
            page.locator("#condolence-payee-lines textarea").fill("困难群众甲, " + id1 + ", 6217000012345678901\n"
                    + "困难群众乙, " + id2);
            page.locator("#condolence-add-payees").click();
            assertThat(notification(page, "第 2 行救助对象")).isVisible();
            page.locator("#condolence-payee-lines textarea").fill("困难群众甲, " + id1 + ", 6217000012345678901\n"
                    + "困难群众乙, " + id2 + ", 6217 0000 1234 5678 902, 因灾致困");
            page.locator("#condolence-add-payees").click();
            assertThat(cell(page, "#condolence-payees", NationalId.parse(id1).masked())).isVisible();
            assertThat(cell(page, "#condolence-payees", "6217****8902")).isVisible();
            assertThat(page.locator("#condolence-payees")).not().containsText(id2);
            Chromium.screenshot(page, "relief-condolence-payees.png");
        }

        JsonNode forUnit = item("表单慰问 " + seed);
        org.assertj.core.api.Assertions.assertThat(forUnit.get("orgPath").asText()).isEqualTo(unit.get("path").asText());
        org.assertj.core.api.Assertions.assertThat(forUnit.get("explicitMembers").asInt()).isEqualTo(3);
        org.assertj.core.api.Assertions.assertThat(forUnit.get("kind").asText()).isEqualTo("HARDSHIP");
        JsonNode charity = item("表单非会员慈善 " + seed);
        org.assertj.core.api.Assertions.assertThat(charity.get("orgPath").asText()).isEqualTo(unit.get("path").asText());
        org.assertj.core.api.Assertions.assertThat(charity.get("kind").asText()).isEqualTo("NON_MEMBER_CHARITY");
        JsonNode payees = Api.get(ADMIN, "/api/v1/condolence-items/" + charity.get("id").asLong() + "/payees").json();
        org.assertj.core.api.Assertions.assertThat(payees).hasSize(2);
        org.assertj.core.api.Assertions.assertThat(payees.get(1).get("reason").asText()).isEqualTo("因灾致困");
    }

    private static JsonNode item(String name) {
        JsonNode item = null;
        for (JsonNode each : Api.get(ADMIN, "/api/v1/condolence-items?limit=100").json()) {
            item = each.get("name").asText().equals(name) ? each : item;
        }
        org.assertj.core.api.Assertions.assertThat(item).as("item " + name + " by REST").isNotNull();
        return item;
    }

    private static JsonNode run(String name) {
        JsonNode run = null;
        for (JsonNode each : Api.get(ADMIN, "/api/v1/aid-runs?limit=100").json()) {
            run = each.get("name").asText().equals(name) ? each : run;
        }
        org.assertj.core.api.Assertions.assertThat(run).as("run " + name + " by REST").isNotNull();
        return run;
    }

    private static void awaitComputed(String name) throws InterruptedException {
        String status = "";
        for (int i = 0; i < 100 && !"COMPUTED".equals(status); i++) {
            status = run(name).get("status").asText();
            Thread.sleep("COMPUTED".equals(status) ? 0 : 200);
        }
        org.assertj.core.api.Assertions.assertThat(status).as("run " + name).isEqualTo("COMPUTED");
    }

    /** One band typed and added; {@code listed} is its aid as the table then shows it. */
    private static void band(Page page, String editor, String from, String to, String amount, String share,
                             String cap, String listed) {
        page.locator("#" + editor + "-from input").fill(from);
        page.locator("#" + editor + "-to input").fill(to == null ? "" : to);
        page.locator("#" + editor + "-amount input").fill(amount == null ? "" : amount);
        page.locator("#" + editor + "-share input").fill(share == null ? "" : share);
        page.locator("#" + editor + "-cap input").fill(cap == null ? "" : cap);
        page.locator("#" + editor + "-add").click();
        // the server clears the row for the next band: wait for it, or the next band's typing races it
        assertThat(cell(page, "#" + editor + "-bands", listed)).isVisible();
    }

    private static List<String> bands(JsonNode bands) {
        List<String> out = new ArrayList<>();
        bands.forEach(b -> out.add(b.get("fromFen").asLong() + "-" + text(b.get("toFen")) + " "
                + b.get("amountFen").asLong() + " " + b.get("sharePercent").asInt() + "% cap "
                + text(b.get("capFen"))));
        return out;
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? "null" : value.asText();
    }
}
