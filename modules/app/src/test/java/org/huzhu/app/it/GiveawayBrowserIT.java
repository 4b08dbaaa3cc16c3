package org.huzhu.app.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A member grabs a cinema ticket in the portal, sees the answer at once and the ticket with its code. */
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
}
