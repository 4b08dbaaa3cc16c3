package org.huzhu.app.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A member grabs a cinema ticket in the portal, sees the answer at once and the ticket with its code; the office
 * admin sets a giveaway up in the form (a quota of 0 refused in Chinese naming the field), sees it listed, and REST
 * reads back exactly the settings typed; an open giveaway edited in the same form refuses a quota below its tickets
 * won with the figures and keeps what cannot change.
 */
class GiveawayBrowserIT {

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
    void a_member_grabs_a_cinema_ticket_and_sees_it_with_its_code() {
        // the office admin's part through REST (the view's form is the same service)
        long id = GiveawayIT.create("周末电影票（浏览器）", 5, 1, LocalDateTime.now().minusMinutes(1), 30, "");
        long later = GiveawayIT.create("元旦电影票（未开抢）", 5, 1, LocalDateTime.now().plusDays(3), 30, "");
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            Chromium.signIn(page, "beijing-member");
            page.navigate(Platform.appUrl() + "/my-giveaways");
            assertThat(page.locator("#countdown-" + later)).containsText("距开抢还有");
            page.locator("#grab-" + id).click();
            assertThat(page.locator("#grab-answer-" + id)).containsText("抢到了");
            String answer = page.locator("#grab-answer-" + id).textContent();
            String code = answer.replaceAll("(?s).*券码 ([0-9A-Z]{10}).*", "$1");
            org.assertj.core.api.Assertions.assertThat(code).hasSize(10);
            assertThat(page.locator("#my-tickets-grid vaadin-grid-cell-content").filter(
                    new com.microsoft.playwright.Locator.FilterOptions().setHasText(code)).first()).isVisible();
            Chromium.screenshot(page, "my-giveaways.png");
            page.locator("#grab-" + id).click();
            assertThat(page.locator("#grab-answer-" + id)).containsText("已达到每人限额");
            page.locator("#confirm-" + code).click();
            assertThat(page.locator("#my-tickets-grid vaadin-grid-cell-content").filter(
                    new com.microsoft.playwright.Locator.FilterOptions().setHasText("已确认")).first()).isVisible();
        }
    }

    @Test
    void the_office_admin_sets_up_a_giveaway_in_the_form_and_rest_reads_back_exactly_those_settings() throws Exception {
        String title = "春节家庭票（表单" + System.nanoTime() % 1_000_000 + "）";
        LocalDate day = LocalDate.now().plusDays(5);
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            Chromium.signIn(page, GiveawayIT.ADMIN);
            page.navigate(Platform.appUrl() + "/giveaways");
            try {
                fillAndSave(page, title, day);
            } catch (RuntimeException | AssertionError e) {
                Chromium.screenshot(page, "giveaway-set-up-failed.png");
                throw e;
            }
        }
        JsonNode g = find(title);
        org.assertj.core.api.Assertions.assertThat(g).as("the giveaway saved from the form").isNotNull();
        org.assertj.core.api.Assertions.assertThat(g.get("item").asText()).isEqualTo("FAMILY_TICKET");
        org.assertj.core.api.Assertions.assertThat(g.get("quota").asInt()).isEqualTo(50);
        org.assertj.core.api.Assertions.assertThat(g.get("remaining").asInt()).isEqualTo(50);
        org.assertj.core.api.Assertions.assertThat(LocalDateTime.parse(g.get("opensAt").asText()))
                .isEqualTo(day.atTime(10, 0));
        org.assertj.core.api.Assertions.assertThat(g.path("closesAt").isTextual()).isFalse();
        org.assertj.core.api.Assertions.assertThat(g.get("perMemberLimit").asInt()).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThat(g.get("orgUnitId").asLong()).isEqualTo(unit("BJ-DC").get("id").asLong());
        org.assertj.core.api.Assertions.assertThat(g.get("gender").asText()).isEqualTo("FEMALE");
        org.assertj.core.api.Assertions.assertThat(g.get("minAge").asInt()).isEqualTo(18);
        org.assertj.core.api.Assertions.assertThat(g.get("quizQuestion").asText()).isEqualTo("全国总工会成立于哪一年？");
        org.assertj.core.api.Assertions.assertThat(g.get("holdMinutes").asInt()).isEqualTo(45);
        // the answer is never shown by REST: the table holds it
        org.assertj.core.api.Assertions.assertThat(EnrolmentImportIT.text("SELECT quiz_answer FROM giveaway WHERE id = "
                + g.get("id").asLong())).isEqualTo("1925");
    }

    @Test
    void the_office_admin_edits_an_open_giveaway_in_the_form_and_a_quota_below_the_tickets_won_is_refused_with_the_figures()
            throws Exception {
        long n = System.nanoTime() % 1_000_000;
        String title = "国庆观影（修改" + n + "）";
        String renamed = "国庆观影（已改" + n + "）";
        long id = GiveawayIT.create(title, 5, 2, LocalDateTime.now().minusMinutes(1), 30,
                ",\"quizQuestion\":\"工会法颁布于哪一年？\",\"quizAnswer\":\"1950\"");
        org.assertj.core.api.Assertions.assertThat(GiveawayIT.outcome(GiveawayIT.grab(GiveawayIT.MEMBER, id, "edit-a-" + n,
                "1950"))).isEqualTo("WON");
        org.assertj.core.api.Assertions.assertThat(GiveawayIT.outcome(GiveawayIT.grab(GiveawayIT.MEMBER, id, "edit-b-" + n,
                "1950"))).isEqualTo("WON");
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            Chromium.signIn(page, GiveawayIT.ADMIN);
            page.navigate(Platform.appUrl() + "/giveaways");
            try {
                page.locator("#giveaway-edit-" + id).click();
                assertThat(page.locator("#giveaway-form-title")).containsText("已开抢");
                assertThat(page.locator("#giveaway-title input")).hasValue(title);
                assertThat(page.locator("#giveaway-quota input")).hasValue("5");
                assertThat(page.locator("#giveaway-limit input")).hasValue("2");
                assertThat(page.locator("#giveaway-quiz-question input")).hasValue("工会法颁布于哪一年？");
                // fixed once open: shown, not editable
                assertThat(page.locator("#giveaway-quiz-question")).hasAttribute("readonly", "");
                assertThat(page.locator("#giveaway-opens")).hasAttribute("readonly", "");
                assertThat(page.locator("#giveaway-gender")).hasAttribute("readonly", "");

                page.locator("#giveaway-quota input").fill("1");
                page.locator("#giveaway-save").click();
                assertThat(notification(page, "名额：活动已开抢：名额不能少于已抢出的 2 张（拟改为 1）")).isVisible();
                assertThat(page.locator("#giveaway-quota")).hasAttribute("invalid", "");
                org.assertj.core.api.Assertions.assertThat(Api.get(GiveawayIT.ADMIN, "/api/v1/giveaways/" + id).json()
                        .get("quota").asInt()).as("nothing changed by a refused edit").isEqualTo(5);

                page.locator("#giveaway-title input").fill(renamed);
                page.locator("#giveaway-quota input").fill("8");
                page.locator("#giveaway-save").click();
                assertThat(notification(page, "已保存：" + renamed)).isVisible();
                assertThat(page.locator("#giveaway-grid vaadin-grid-cell-content").filter(
                        new Locator.FilterOptions().setHasText(renamed)).first()).isVisible();
                assertThat(page.locator("#giveaway-create")).isVisible();
                Chromium.screenshot(page, "giveaway-edited.png");
            } catch (RuntimeException | AssertionError e) {
                Chromium.screenshot(page, "giveaway-edit-failed.png");
                throw e;
            }
        }
        JsonNode g = Api.get(GiveawayIT.ADMIN, "/api/v1/giveaways/" + id).json();
        org.assertj.core.api.Assertions.assertThat(g.get("title").asText()).isEqualTo(renamed);
        org.assertj.core.api.Assertions.assertThat(g.get("quota").asInt()).isEqualTo(8);
        org.assertj.core.api.Assertions.assertThat(g.get("remaining").asInt()).as("8 less the 2 tickets won").isEqualTo(6);
        org.assertj.core.api.Assertions.assertThat(g.get("perMemberLimit").asInt()).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThat(g.get("holdMinutes").asInt()).isEqualTo(30);
        org.assertj.core.api.Assertions.assertThat(g.get("quizQuestion").asText()).isEqualTo("工会法颁布于哪一年？");
        org.assertj.core.api.Assertions.assertThat(g.path("gender").isTextual()).isFalse();
        // the answer the form never showed is kept
        org.assertj.core.api.Assertions.assertThat(EnrolmentImportIT.text("SELECT quiz_answer FROM giveaway WHERE id = "
                + id)).isEqualTo("1950");
    }

    /** The form filled as the office admin would, a quota of 0 first (refused in words), then 50 and saved. */
    private static void fillAndSave(Page page, String title, LocalDate day) {
        page.locator("#giveaway-title input").fill(title);
        pick(page, "#giveaway-item", "家庭票");
        page.locator("#giveaway-quota input").fill("0");
        page.locator("#giveaway-opens vaadin-date-picker input").fill(day.toString());
        page.locator("#giveaway-opens vaadin-date-picker input").press("Enter");
        page.locator("#giveaway-opens vaadin-time-picker input").fill("10:00");
        page.locator("#giveaway-opens vaadin-time-picker input").press("Enter");
        page.locator("#giveaway-limit input").fill("2");
        pick(page, "#giveaway-unit", "BJ-DC " + unit("BJ-DC").get("name").asText());
        pick(page, "#giveaway-gender", "女");
        page.locator("#giveaway-min-age input").fill("18");
        page.locator("#giveaway-quiz-question input").fill("全国总工会成立于哪一年？");
        page.locator("#giveaway-quiz-answer input").fill("1925");
        page.locator("#giveaway-hold-minutes input").fill("45");
        page.locator("#giveaway-create").click();
        assertThat(notification(page, "名额：应在 1 至")).isVisible();
        assertThat(page.locator("#giveaway-quota")).hasAttribute("invalid", "");
        org.assertj.core.api.Assertions.assertThat(find(title)).as("nothing set up from a refused form").isNull();

        page.locator("#giveaway-quota input").fill("50");
        page.locator("#giveaway-create").click();
        assertThat(notification(page, "已发布：" + title)).isVisible();
        assertThat(page.locator("#giveaway-grid vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText(title)).first()).isVisible();
        Chromium.screenshot(page, "giveaway-set-up.png");
    }

    /** The office admin's giveaway of this title as REST lists it, or null. */
    private static JsonNode find(String title) {
        Api.Reply list = Api.get(GiveawayIT.ADMIN, "/api/v1/giveaways");
        org.assertj.core.api.Assertions.assertThat(list.status()).as(list.body()).isEqualTo(200);
        for (JsonNode g : list.json()) {
            if (title.equals(g.get("title").asText())) {
                return g;
            }
        }
        return null;
    }

    private static JsonNode unit(String code) {
        for (JsonNode unit : Api.get(GiveawayIT.ADMIN, "/api/v1/org-units").json()) {
            if (code.equals(unit.get("code").asText())) {
                return unit;
            }
        }
        throw new AssertionError("no unit " + code);
    }

    /** Opens a select and picks the option of that name (by role: only the open select's options are accessible). */
    private static void pick(Page page, String select, String name) {
        page.locator(select).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    private static Locator notification(Page page, String text) {
        return page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(text)).first();
    }
}
