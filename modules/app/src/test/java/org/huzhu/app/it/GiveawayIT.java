package org.huzhu.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Giveaways over HTTP with real member tokens: a double click and retries win one ticket, the limit holds under
 * concurrent grabs, the quota is never passed, a lapsed hold goes to the first on the waitlist with an SMS, an open
 * giveaway refuses edits that break what members hold, and eligibility, quiz and opening answer at once.
 */
class GiveawayIT {

    static final String ADMIN = "beijing-admin";
    static final String MEMBER = "beijing-member";
    static final String MEMBER_2 = "beijing-member-2";

    @BeforeAll
    static void ready() throws InterruptedException {
        Platform.awaitReady();
    }

    static String settings(String title, int quota, int limit, LocalDateTime opensAt, int holdMinutes, String extra) {
        return "{\"title\":\"" + title + "\",\"item\":\"CINEMA_TICKET\",\"quota\":" + quota + ",\"perMemberLimit\":" + limit
                + ",\"opensAt\":\"" + opensAt.truncatedTo(ChronoUnit.SECONDS) + "\",\"holdMinutes\":" + holdMinutes
                + extra + "}";
    }

    static long create(String title, int quota, int limit, LocalDateTime opensAt, int holdMinutes, String extra) {
        Api.Reply created = Api.post(ADMIN, "/api/v1/giveaways", settings(title, quota, limit, opensAt, holdMinutes, extra));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    static Api.Reply grab(String login, long giveaway, String key, String answer) {
        return Api.send(HttpRequest.newBuilder(URI.create(Platform.appUrl() + "/api/v1/giveaways/" + giveaway + "/grabs"))
                .header("Authorization", "Bearer " + Api.token(login)).header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(answer == null ? "{}" : "{\"answer\":\"" + answer + "\"}"))
                .build());
    }

    static String outcome(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("outcome").asText();
    }

    static List<Api.Reply> atOnce(int n, java.util.function.IntFunction<Api.Reply> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Callable<Api.Reply>> calls = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                calls.add(() -> call.apply(index));
            }
            List<Api.Reply> replies = new ArrayList<>();
            for (Future<Api.Reply> f : pool.invokeAll(calls)) {
                replies.add(f.get());
            }
            return replies;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void a_double_click_and_its_retries_win_one_ticket_and_the_limit_holds_under_concurrent_grabs() throws Exception {
        long id = create("电影票 双击", 50, 2, LocalDateTime.now().minusMinutes(1), 30, "");
        Api.token(MEMBER);
        String key = "click-" + System.nanoTime();
        List<Api.Reply> sameKey = atOnce(16, i -> grab(MEMBER, id, key, null));
        Set<String> codes = sameKey.stream().peek(r -> assertThat(outcome(r)).isEqualTo("WON"))
                .map(r -> r.json().get("ticket").get("code").asText()).collect(Collectors.toSet());
        assertThat(codes).as("one attempt, one ticket, however often it is sent").hasSize(1);

        List<Api.Reply> newKeys = atOnce(16, i -> grab(MEMBER, id, "other-" + i + "-" + System.nanoTime(), null));
        assertThat(newKeys.stream().map(GiveawayIT::outcome).filter("WON"::equals).count())
                .as("a limit of 2: the first ticket and one more").isEqualTo(1);
        assertThat(newKeys.stream().map(GiveawayIT::outcome).filter(o -> !o.equals("WON")))
                .containsOnly("LIMIT_REACHED");
        assertThat(EnrolmentImportIT.count("SELECT COUNT(*) FROM giveaway_ticket WHERE giveaway_id = " + id
                + " AND status <> 'RELEASED'")).isEqualTo(2);
        JsonNode figures = Api.get(ADMIN, "/api/v1/giveaways/" + id + "/figures").json();
        assertThat(figures.get("won").asLong()).isEqualTo(2);
        assertThat(figures.get("remaining").asInt()).isEqualTo(48);
        assertThat(headquartersFigures(id)).as("headquarters sees the office's figures").isEqualTo(figures);

        // the member sees both with their codes
        JsonNode mine = Api.get(MEMBER, "/api/v1/me/giveaway-tickets").json();
        assertThat(mine.findValuesAsText("code")).contains(codes.iterator().next());
        Api.Reply confirmed = Api.post(MEMBER, "/api/v1/giveaways/" + id + "/tickets/" + codes.iterator().next()
                + "/confirmation", "");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().get("status").asText()).isEqualTo("CONFIRMED");

        // once open, an edit that would break what members hold is refused with the figures
        Api.Reply fewer = Api.put(ADMIN, "/api/v1/giveaways/" + id, settingsOf(id, 1, 2));
        assertThat(fewer.status()).as(fewer.body()).isEqualTo(409);
        assertThat(fewer.json().get("code").asText()).isEqualTo("campaigns.giveaway.refused.quotaBelowWon");
        assertThat(fewer.json().get("zh").asText()).contains("2", "1");
        assertThat(fewer.json().get("field").asText()).isEqualTo("quota");
        Api.Reply lower = Api.put(ADMIN, "/api/v1/giveaways/" + id, settingsOf(id, 50, 1));
        assertThat(lower.status()).as(lower.body()).isEqualTo(409);
        assertThat(lower.json().get("code").asText()).isEqualTo("campaigns.giveaway.refused.limitBelowHeld");
        assertThat(lower.json().get("field").asText()).isEqualTo("perMemberLimit");
        Api.Reply more = Api.put(ADMIN, "/api/v1/giveaways/" + id, settingsOf(id, 60, 2));
        assertThat(more.status()).as(more.body()).isEqualTo(200);
        assertThat(more.json().get("remaining").asInt()).isEqualTo(58);
    }

    private static String settingsOf(long id, int quota, int limit) {
        JsonNode g = Api.get(ADMIN, "/api/v1/giveaways/" + id).json();
        return settings(g.get("title").asText(), quota, limit, LocalDateTime.parse(g.get("opensAt").asText()),
                g.get("holdMinutes").asInt(), "");
    }

    @Test
    void the_quota_is_never_passed_and_a_lapsed_hold_goes_to_the_first_waiting_who_is_told() throws Exception {
        long id = create("水族馆家庭票 候补", 1, 1, LocalDateTime.now().minusMinutes(1), 1, "");
        Api.token(MEMBER_2);
        assertThat(outcome(grab(MEMBER, id, "w-" + System.nanoTime(), null))).isEqualTo("WON");
        assertThat(outcome(grab(MEMBER_2, id, "w2-" + System.nanoTime(), null))).isEqualTo("WAITLISTED");
        assertThat(EnrolmentImportIT.count("SELECT COUNT(*) FROM giveaway_ticket WHERE giveaway_id = " + id
                + " AND status <> 'RELEASED'")).as("never more than the quota").isEqualTo(1);
        assertThat(Api.get(ADMIN, "/api/v1/giveaways/" + id + "/figures").json().get("waitlisted").asLong()).isEqualTo(1);

        // the one-minute hold lapses unconfirmed: the job hands the ticket to the waiting member
        long deadline = System.currentTimeMillis() + 120_000;
        JsonNode promoted = null;
        while (promoted == null && System.currentTimeMillis() < deadline) {
            Thread.sleep(2_000);
            for (JsonNode t : Api.get(MEMBER_2, "/api/v1/me/giveaway-tickets").json()) {
                if (t.get("giveawayId").asLong() == id && t.get("status").asText().equals("HELD")) {
                    promoted = t;
                }
            }
        }
        assertThat(promoted).as("the waiting member got the lapsed hold").isNotNull();
        JsonNode figures = Api.get(ADMIN, "/api/v1/giveaways/" + id + "/figures").json();
        assertThat(figures.get("won").asLong()).isEqualTo(2);
        assertThat(figures.get("released").asLong()).isEqualTo(1);
        assertThat(figures.get("waitlisted").asLong()).isZero();
        assertThat(figures.get("remaining").asInt()).isZero();
        String lapsedCode = Api.get(MEMBER, "/api/v1/me/giveaway-tickets").json().findParents("giveawayId").stream()
                .filter(t -> t.get("giveawayId").asLong() == id).findFirst().orElseThrow().get("code").asText();
        Api.Reply late = Api.post(MEMBER, "/api/v1/giveaways/" + id + "/tickets/" + lapsedCode + "/confirmation", "");
        assertThat(late.status()).as(late.body()).isEqualTo(409);
        Api.Reply confirmed = Api.post(MEMBER_2, "/api/v1/giveaways/" + id + "/tickets/" + promoted.get("code").asText()
                + "/confirmation", "");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        // the outbox holds the win, the reminder before the lapse and the place opened
        for (String kind : List.of("giveaway-won:" + lapsedCode, "giveaway-hold-lapsing:" + lapsedCode,
                "giveaway-waitlist-place:" + promoted.get("code").asText())) {
            assertThat(EnrolmentImportIT.count("SELECT COUNT(*) FROM notice_outbox WHERE reference = '" + kind + "'"))
                    .as(kind).isEqualTo(1);
        }
    }

    @Test
    void eligibility_quiz_and_opening_time_are_answered_at_once() {
        long dongcheng = 0;
        for (JsonNode unit : Api.get(ADMIN, "/api/v1/org-units").json()) {
            if ("BJ-DC".equals(unit.get("code").asText())) {
                dongcheng = unit.get("id").asLong();
            }
        }
        long id = create("蛋糕券 答题", 10, 1, LocalDateTime.now().minusMinutes(1), 30, ",\"orgUnitId\":" + dongcheng
                + ",\"quizQuestion\":\"《工会法》第一部颁布于哪一年？\",\"quizAnswer\":\"1950\"");
        Api.Reply outside = grab(MEMBER_2, id, "e-" + System.nanoTime(), "1950");
        assertThat(outcome(outside)).isEqualTo("NOT_ELIGIBLE");
        assertThat(outside.json().get("reason").asText()).isEqualTo("ORG_UNIT");
        assertThat(outcome(grab(MEMBER, id, "q-" + System.nanoTime(), "1949"))).isEqualTo("QUIZ_WRONG");
        assertThat(outcome(grab(MEMBER, id, "q-" + System.nanoTime(), " 1950 "))).isEqualTo("WON");

        long later = create("电影票 未开抢", 10, 1, LocalDateTime.now().plusHours(2), 30, "");
        Api.Reply early = grab(MEMBER, later, "n-" + System.nanoTime(), null);
        assertThat(outcome(early)).isEqualTo("NOT_OPEN");
        assertThat(early.json().get("opensAt").asText()).isNotBlank();
        // another city's member does not see Beijing's giveaway at all
        assertThat(grab("baoji-member", id, "b-" + System.nanoTime(), "1950").status()).isEqualTo(404);
        // without a key a grab is refused naming it
        Api.Reply keyless = Api.post(MEMBER, "/api/v1/giveaways/" + id + "/grabs", "{}");
        assertThat(keyless.status()).isEqualTo(400);
        assertThat(keyless.json().get("field").asText()).isEqualTo("idempotencyKey");
    }

    /** The giveaway's figures as headquarters reads them among Beijing's giveaways of the year. */
    private static JsonNode headquartersFigures(long id) {
        Api.Reply hq = Api.get("hq-analyst", "/api/v1/hq/giveaway-figures?year=" + java.time.LocalDate.now().getYear());
        assertThat(hq.status()).as(hq.body()).isEqualTo(200);
        for (JsonNode city : hq.json()) {
            for (JsonNode line : city.get("giveaways")) {
                if ("beijing".equals(city.get("tenantId").asText()) && line.get("figures").get("giveawayId").asLong() == id) {
                    return line.get("figures");
                }
            }
        }
        throw new AssertionError("giveaway " + id + " not among headquarters' figures: " + hq.body());
    }
}
