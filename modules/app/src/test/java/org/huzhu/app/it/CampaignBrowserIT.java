package org.huzhu.app.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Summer cooling in the browser: last year's campaign (seeded through REST) is cloned by the office admin, who
 * allots the list; the grassroots clerk of BJ-DC-001 confirms a hand-out from the eligible list and adds a person
 * the rules missed, with a reason.
 */
class CampaignBrowserIT {

    static final int YEAR = LocalDate.now().getYear();

    private static Chromium chromium;
    private static Browser browser;
    private static long flagged;
    private static long unflagged;
    private static String flaggedName;
    private static String lastName;
    private static String nextName;

    @BeforeAll
    static void lastYearsCampaign() throws InterruptedException {
        Platform.awaitReady();
        chromium = new Chromium();
        browser = chromium.browser;
        JsonNode members = Api.get("beijing-grassroots-clerk", "/api/v1/members?limit=20").json().get("items");
        flagged = members.get(0).get("id").asLong();
        flaggedName = members.get(0).get("name").asText();
        unflagged = members.get(1).get("id").asLong();
        Api.Reply flags = Api.put("beijing-grassroots-clerk", "/api/v1/members/" + flagged + "/job-flags",
                "{\"flags\":[\"OUTDOOR\",\"FRONT_LINE\"]}");
        assertThat(flags.status()).as(flags.body()).isEqualTo(200);
        Api.put("beijing-grassroots-clerk", "/api/v1/members/" + unflagged + "/job-flags", "{\"flags\":[]}");
        String nonce = Long.toString(System.currentTimeMillis() % 100_000, 36);
        lastName = (YEAR - 1) + "年夏送清凉" + nonce;
        nextName = YEAR + "年夏送清凉" + nonce;
        long union = CampaignsIT.unitId("BJ-DC-001");
        CampaignsIT.campaign("SUMMER_COOLING", lastName, LocalDate.of(YEAR - 1, 6, 15), 2_000_000, 8_000, "GOODS",
                "ON_SITE", union, "[\"OUTDOOR\",\"HIGH_TEMPERATURE\"]", "[{\"agencyCode\":\"BJ-DC\",\"quota\":100}]");
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void the_admin_clones_last_summer_and_the_grassroots_clerk_confirms_hand_outs() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            Chromium.signIn(page, "beijing-admin");
            page.navigate(Platform.appUrl() + "/campaigns");
            cell(page, "#campaign-grid", lastName).click();
            page.locator("#campaign-clone").click();
            assertThat(cell(page, "#campaign-grid", nextName)).isVisible();
            page.locator("#campaign-allot").click();
            assertThat(cell(page, "#campaign-allotment-grid", "BJ-DC-001")).isVisible();
            Chromium.screenshot(page, "campaign-cloned.png");
        }
        JsonNode clone = null;
        for (JsonNode c : Api.get("beijing-admin", "/api/v1/campaigns?year=" + YEAR).json()) {
            if (nextName.equals(c.get("settings").get("name").asText())) {
                clone = c;
            }
        }
        assertThat(clone).isNotNull();
        assertThat(clone.get("settings").get("periodStart").asText()).isEqualTo(LocalDate.of(YEAR, 6, 15).toString());
        assertThat(clone.get("settings").get("unitFen").asLong()).isEqualTo(8_000);
        long id = clone.get("id").asLong();

        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            Chromium.signIn(page, "beijing-grassroots-clerk");
            page.navigate(Platform.appUrl() + "/campaign-deliveries");
            page.locator("#delivery-campaign").click();
            page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(nextName)).click();
            Locator confirm = page.locator("#delivery-confirm-" + flagged);
            confirm.click();
            assertThat(cell(page, "#delivery-handout-grid", flaggedName)).isVisible();
            assertThat(page.locator("#delivery-confirm-" + flagged)).isDisabled();

            page.locator("#delivery-member-id input").fill(String.valueOf(unflagged));
            page.locator("#delivery-reason input").fill("高温岗位，名册未标注");
            page.locator("#delivery-add").click();
            assertThat(cell(page, "#delivery-handout-grid", "高温岗位，名册未标注")).isVisible();
            Chromium.screenshot(page, "campaign-deliveries.png");
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            Chromium.signIn(page, "beijing-admin");
            page.locator("#language-switch").click();
            assertThat(page.locator("#language-switch")).hasText("中文");
            page.navigate(Platform.appUrl() + "/campaign-figures");
            page.locator("#figures-campaign").click();
            page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(nextName)).click();
            assertThat(page.locator("#figures-summary")).containsText("2 people reached");
            assertThat(page.locator("#figures-last")).containsText("Same type last year (" + (YEAR - 1) + ")");
            assertThat(cell(page, "#figures-union-grid", "BJ-DC-001")).isVisible();
            Chromium.screenshot(page, "campaign-figures-en.png");
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            Chromium.signIn(page, "hq-analyst");
            page.navigate(Platform.appUrl() + "/campaign-figures");
            assertThat(cell(page, "#figures-city-grid", nextName)).isVisible();
            assertThat(page.locator("#figures-city-giveaways")).isVisible(); // every city's giveaways of the year
            assertThat(page.getByText("候补中")).isVisible();
        }
        JsonNode handOuts = Api.get("beijing-admin", "/api/v1/campaigns/" + id + "/deliveries").json();
        assertThat(handOuts.size()).isEqualTo(2);
        handOuts.forEach(h -> assertThat(h.get("confirmedBy").asText()).isEqualTo("beijing-grassroots-clerk"));
        assertThat(Api.get("beijing-admin", "/api/v1/campaigns/" + id).json().get("spentFen").asLong()).isEqualTo(16_000);
    }

    private static Locator cell(Page page, String grid, String text) {
        return page.locator(grid + " vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text)).first();
    }
}
