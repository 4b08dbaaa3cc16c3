package org.huzhu.app.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Events' rules of who may register in the portal: the office admin sets an event up for one district and a
 * minimum age in the form (REST reads back those rules); a member outside the district sees a date of a Dongcheng
 * event marked with the rule and no register button, a member inside registers from the same list.
 */
class EventBrowserIT {

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
    void the_office_sets_who_may_register_in_the_form() {
        JsonNode dongcheng = unit("BJ-DC");
        String title = "东城区工会经办人培训（表单" + System.nanoTime() % 1_000_000 + "）";
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            Chromium.signIn(page, "beijing-admin");
            page.navigate(Platform.appUrl() + "/events");
            page.locator("#event-title input").fill(title);
            page.locator("#event-place input").fill("东城区职工之家");
            page.locator("#event-capacity input").fill("30");
            page.locator("#event-unit").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions()
                    .setName("BJ-DC " + dongcheng.get("name").asText()).setExact(true)).click();
            page.locator("#event-min-age input").fill("18");
            page.locator("#event-create").click();
            assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                    .setHasText("已发布：" + title)).first()).isVisible();
            Chromium.screenshot(page, "events-set-up.png");
        }
        JsonNode made = null;
        for (JsonNode e : Api.get("beijing-admin", "/api/v1/events").json()) {
            if (title.equals(e.get("title").asText())) {
                made = e;
            }
        }
        org.assertj.core.api.Assertions.assertThat(made).as("the event set up in the form").isNotNull();
        org.assertj.core.api.Assertions.assertThat(made.get("eligibility").get("orgUnitId").asLong())
                .isEqualTo(dongcheng.get("id").asLong());
        org.assertj.core.api.Assertions.assertThat(made.get("eligibility").get("minAge").asInt()).isEqualTo(18);
        org.assertj.core.api.Assertions.assertThat(made.get("eligibility").path("gender").isTextual()).isFalse();
        org.assertj.core.api.Assertions.assertThat(made.get("occurrences")).hasSize(8);
    }

    @Test
    void a_member_outside_the_district_sees_the_date_marked_and_a_member_inside_registers() {
        Api.Reply created = Api.post("beijing-admin", "/api/v1/events", "{\"title\":\"东城区职工读书会\",\"kind\":\"LECTURE\","
                + "\"place\":\"东城区图书馆\",\"capacity\":10,\"startsAt\":\"19:00:00\",\"endsAt\":\"21:00:00\","
                + "\"recurrence\":{\"dates\":[\"" + LocalDate.now().plusDays(1) + "\"]},\"orgUnitId\":"
                + unit("BJ-DC").get("id").asLong() + "}");
        org.assertj.core.api.Assertions.assertThat(created.status()).as(created.body()).isEqualTo(201);
        long occurrence = created.json().get("occurrences").get(0).get("id").asLong();
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            Chromium.signIn(page, "beijing-member-2");
            page.navigate(Platform.appUrl() + "/my-events");
            assertThat(page.locator("#my-event-dates-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText("本活动只面向指定单位的会员")).first()).isVisible();
            assertThat(page.locator("#register-" + occurrence)).isHidden();
            Chromium.screenshot(page, "my-events-not-for-me.png");
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            Chromium.signIn(page, "beijing-member");
            page.navigate(Platform.appUrl() + "/my-events");
            page.locator("#register-" + occurrence).click();
            assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                    .setHasText("报名成功")).first()).isVisible();
        }
    }

    private static JsonNode unit(String code) {
        for (JsonNode unit : Api.get("beijing-admin", "/api/v1/org-units").json()) {
            if (code.equals(unit.get("code").asText())) {
                return unit;
            }
        }
        throw new AssertionError("no unit " + code);
    }
}
