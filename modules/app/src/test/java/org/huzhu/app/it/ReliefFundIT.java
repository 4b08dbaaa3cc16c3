package org.huzhu.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The relief fund on the real server: donations in (a receipt number once), an application going up the levels
 * (grassroots clerk files, agency clerk checks, the committee decides with its members and reasons), the formula's
 * proposal, the ledger's balance reconciling to the fen, and two grants decided at the same moment that together
 * would overdraw the fund: exactly one passes (the fund's row lock).
 */
class ReliefFundIT {

    private static final String GRASSROOTS = "beijing-grassroots-clerk";
    private static final String AGENCY = "beijing-agency-clerk";
    private static final String ADMIN = "beijing-admin";
    private static final String FUND = "/api/v1/relief-fund";

    private static long member;
    private static String seed;

    @BeforeAll
    static void aMemberOfTheGrassrootsClerksUnion() throws Exception {
        Platform.awaitReady();
        Api.Reply members = Api.get(GRASSROOTS, "/api/v1/members?limit=1");
        assertThat(members.status()).as(members.body()).isEqualTo(200);
        member = members.json().get("items").get(0).get("id").asLong();
        seed = Long.toString(System.currentTimeMillis() % 1_000_000_000L);
    }

    private static JsonNode fund() {
        return Api.get(ADMIN, FUND).json();
    }

    private static Api.Reply donate(String receipt, long fen) {
        return Api.post(ADMIN, FUND + "/donations", "{\"donor\":\"区总工会\",\"amountFen\":" + fen + ",\"donatedOn\":\""
                + LocalDate.now() + "\",\"receiptNo\":\"" + receipt + "\"}");
    }

    private static long fileAndCheck(String body) {
        Api.Reply filed = Api.post(GRASSROOTS, FUND + "/applications", body);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        long id = filed.json().get("id").asLong();
        Api.Reply checked = Api.post(AGENCY, FUND + "/applications/" + id + "/check", "{\"passed\":true,\"note\":\"属实\"}");
        assertThat(checked.status()).as(checked.body()).isEqualTo(200);
        assertThat(checked.json().get("status").asText()).isEqualTo("CHECKED");
        return id;
    }

    private static Api.Reply decide(long id, String amount) {
        return Api.post(ADMIN, FUND + "/applications/" + id + "/decision", "{\"grant\":true,"
                + (amount == null ? "" : "\"amountFen\":" + amount + ",")
                + "\"committee\":[\"王主任\",\"李委员\",\"赵委员\"],\"reason\":\"经评审符合救助条件\"}");
    }

    private static void reconciles() {
        JsonNode now = fund();
        assertThat(now.get("balanceFen").asLong()).isNotNegative();
        assertThat(now.get("entrySumFen").asLong()).as("balance = sum of the ledger").isEqualTo(now.get("balanceFen").asLong());
        assertThat(now.get("donatedFen").asLong() - now.get("grantedFen").asLong()).isEqualTo(now.get("balanceFen").asLong());
    }

    @Test
    void a_grassroots_application_goes_up_the_levels_and_the_committees_grant_leaves_the_ledger() {
        long before = fund().get("balanceFen").asLong();
        assertThat(donate("WN-" + seed, 2_000_000).status()).isEqualTo(201);
        Api.Reply again = donate("WN-" + seed, 100);
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.json().get("code").asText()).isEqualTo("relief.refused.receiptTaken");

        Api.Reply filed = Api.post(GRASSROOTS, FUND + "/applications", "{\"memberId\":" + member
                + ",\"kind\":\"MAJOR_ILLNESS\",\"illnessCategory\":\"LEUKAEMIA\",\"selfPaidAfterOtherAidFen\":3500000}");
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        // 35,000.00 self-paid: 17,000.00 x 50% + 15,000.00 x 60% = 17,500.00
        assertThat(filed.json().get("proposedFen").asLong()).isEqualTo(1_750_000);
        long id = filed.json().get("id").asLong();
        assertThat(Api.post(GRASSROOTS, FUND + "/applications/" + id + "/check", "{\"passed\":true}").status())
                .as("the filer's level does not check").isEqualTo(403);
        assertThat(Api.post(ADMIN, FUND + "/applications/" + id + "/decision", "{\"grant\":true,\"committee\":"
                + "[\"王主任\"],\"reason\":\"x\"}").status()).as("not before the check; a committee of one").isEqualTo(400);
        assertThat(decide(id, null).status()).as("not before the check").isEqualTo(409);
        Api.Reply checked = Api.post(AGENCY, FUND + "/applications/" + id + "/check", "{\"passed\":true,\"note\":\"属实\"}");
        assertThat(checked.json().get("checkedBy").asText()).isEqualTo(AGENCY);
        Api.Reply decided = decide(id, null);
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.json().get("status").asText()).isEqualTo("GRANTED");
        assertThat(decided.json().get("grantedFen").asLong()).isEqualTo(1_750_000);
        assertThat(decided.json().get("committee")).hasSize(3);
        assertThat(fund().get("balanceFen").asLong()).isEqualTo(before + 2_000_000 - 1_750_000);
        JsonNode latest = Api.get(ADMIN, FUND + "/entries?limit=1").json().get(0);
        assertThat(latest.get("kind").asText()).isEqualTo("GRANT");
        assertThat(latest.get("amountFen").asLong()).isEqualTo(-1_750_000);
        assertThat(latest.get("applicationId").asLong()).isEqualTo(id);
        reconciles();
        assertThat(Api.get(GRASSROOTS, FUND + "/applications/" + id).json().get("status").asText()).isEqualTo("GRANTED");
    }

    @Test
    void two_grants_that_together_overdraw_the_fund_cannot_both_pass() throws Exception {
        assertThat(donate("WN-" + seed + "-B", 1_000_000).status()).isEqualTo(201);
        long balance = fund().get("balanceFen").asLong();
        long each = balance / 2 + 100;
        assertThat(each).as("a major-illness grant is at most 50,000.00").isLessThanOrEqualTo(5_000_000);
        String illness = "{\"memberId\":" + member + ",\"kind\":\"MAJOR_ILLNESS\",\"illnessCategory\":\"STROKE\","
                + "\"selfPaidAfterOtherAidFen\":10000000}";
        long first = fileAndCheck(illness);
        long second = fileAndCheck(illness);
        assertThat(Api.get(ADMIN, FUND + "/applications/" + first).json().get("proposedFen").asLong())
                .as("100,000.00 self-paid: the 50,000.00 cap").isEqualTo(5_000_000);
        Api.Reply accident = Api.post(GRASSROOTS, FUND + "/applications", "{\"memberId\":" + member
                + ",\"kind\":\"ACCIDENT\",\"lossFen\":1200000,\"incomePerHeadMonthFen\":100000}");
        assertThat(accident.json().get("proposedFen").asLong()).as("5,000.00 + 20% of 12,000.00 below the living line")
                .isEqualTo(740_000);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> both = new ArrayList<>();
        for (long id : List.of(first, second)) {
            both.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return decide(id, Long.toString(each)).status();
            }));
        }
        start.countDown();
        List<Integer> statuses = both.stream().map(CompletableFuture::join).sorted().toList();
        assertThat(statuses).containsExactly(200, 409);
        assertThat(fund().get("balanceFen").asLong()).isEqualTo(balance - each);
        reconciles();
    }
}
