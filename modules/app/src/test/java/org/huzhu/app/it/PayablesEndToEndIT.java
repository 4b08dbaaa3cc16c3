package org.huzhu.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huzhu.app.it.PayoutFixtures.ADMIN;
import static org.huzhu.app.it.PayoutFixtures.OFFICER;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One payout run pays every kind of approved payable exactly once: a claim, a secondary-aid line, a relief-fund
 * grant, a loan subsidy and a campaign's cash hand-out, each made approved through its own module's REST API as
 * users do. The run gathers each with its source id and amount, a second person approves it, the bank pays the
 * claim and the subsidy and refuses the other three cards, each module then answers paid (or failed) for its own
 * payable; each failed one is put back by its module (the card mended), and a second run gathers exactly those. Other tests' payables may be on the same runs: everything is asserted on this test's own
 * source ids.
 */
class PayablesEndToEndIT {

    private static final String GRASSROOTS = "beijing-grassroots-clerk";
    private static final String AGENCY = "beijing-agency-clerk";
    private static final String AID_PLAN = "secondary-reimbursement";

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

    /** What this test expects on the run: kind -> (source id, amount). */
    private record Mine(String kind, String letter, long sourceId, long amountFen) {
        String key() {
            return kind + ":" + sourceId;
        }
    }

    @Test
    void one_run_pays_a_claim_an_aid_line_a_grant_a_subsidy_and_campaign_cash_once_each() throws Exception {
        PayoutFixtures.Claim claim = PayoutFixtures.approvedClaims(1, LocalDate.of(2002, 2, 2), 1, i -> 12_345)
                .get(0);
        long[] aid = approvedAidLine();
        long[] grant = grantedApplication();
        long[] subsidy = approvedSubsidy();
        long[] cash = confirmedCash();
        Map<String, Mine> mine = new LinkedHashMap<>();
        for (Mine m : List.of(new Mine("CLAIM", "", claim.id(), claim.amountFen()),
                new Mine("SECONDARY_AID", "A", aid[1], aid[2]), new Mine("RELIEF_GRANT", "G", grant[0], grant[1]),
                new Mine("LOAN_SUBSIDY", "L", subsidy[0], subsidy[1]), new Mine("CAMPAIGN_CASH", "K", cash[1], cash[2]))) {
            mine.put(m.key(), m);
        }

        long runId = PayoutFixtures.newRun("GATHERED");
        Map<String, JsonNode> payments = PayoutFixtures.payments(runId);
        for (Mine m : mine.values()) {
            JsonNode p = payments.get(m.key());
            assertThat(p).as("payment of " + m.key() + " on run " + runId).isNotNull();
            assertThat(p.get("amountFen").asLong()).as(m.key()).isEqualTo(m.amountFen());
            assertThat(p.get("reference").asText()).isEqualTo("HZ" + runId + "-" + m.letter() + m.sourceId());
        }
        PayoutFixtures.assertConsistent(runId);

        PayoutFixtures.mendMissingCards(runId);
        Api.Reply approved = Api.post(OFFICER, "/api/v1/payout-runs/" + runId + "/approval", "");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        String file = PayoutFixtures.bankFile(OFFICER, runId);
        Map<String, String[]> lines = new HashMap<>();
        PayoutFixtures.details(file).forEach(d -> lines.put(d[2], d));
        for (Mine m : mine.values()) {
            String[] line = lines.get("HZ" + runId + "-" + m.letter() + m.sourceId());
            assertThat(line).as("bank file line of " + m.key()).isNotNull();
            assertThat(new java.math.BigDecimal(line[5]).movePointRight(2).longValueExact()).isEqualTo(m.amountFen());
        }
        assertThat(lines.get("HZ" + runId + "-L" + subsidy[0])[3]).as("a subsidy goes to the enterprise's account")
                .isEqualTo("6222000000000001");

        // the bank refuses three cards: the campaign cash, the aid line and the grant
        java.util.Set<String> failed = java.util.Set.of("HZ" + runId + "-K" + cash[1], "HZ" + runId + "-A" + aid[1],
                "HZ" + runId + "-G" + grant[0]);
        StringBuilder result = new StringBuilder();
        for (String[] d : PayoutFixtures.details(file)) {
            boolean fail = failed.contains(d[2]);
            result.append(d[2]).append(fail ? "|F|E" : "|S|E").append(d[1]).append('|')
                    .append(fail ? "账户冻结" : "").append('\n');
        }
        Api.Reply imported = PayoutFixtures.postResult(ADMIN, runId, result.toString());
        assertThat(imported.status()).as(imported.body()).isEqualTo(202);
        PayoutFixtures.waitForStatus(runId, "SETTLED");
        PayoutFixtures.assertConsistent(runId);

        assertEachSourceAnswers(runId, claim, aid, grant, subsidy, cash);

        retryEachFailedPayment(aid, grant, cash);
        long next = PayoutFixtures.newRun("GATHERED");
        String aidSteps = "/api/v1/aid-runs/" + aid[0] + "/lines/" + aid[1] + "/payment-steps";
        String grantSteps = "/api/v1/relief-fund/applications/" + grant[0] + "/payment-steps";
        for (String path : List.of(aidSteps, grantSteps)) {
            assertThat(steps(Api.get(ADMIN, path).json())).as(path).containsExactly(
                    "SCHEDULED " + runId + " null", "PAYMENT_FAILED " + runId + " 账户冻结", "RETRIED null null",
                    "SCHEDULED " + next + " null");
        }
        Map<String, JsonNode> again = PayoutFixtures.payments(next);
        for (Mine m : mine.values()) {
            boolean retried = failed.contains("HZ" + runId + "-" + m.letter() + m.sourceId());
            if (retried) {
                assertThat(again).as("a retried payment is on the next run").containsKey(m.key());
                assertThat(again.get(m.key()).get("amountFen").asLong()).isEqualTo(m.amountFen());
            } else {
                assertThat(again).as("a second run takes nothing paid again").doesNotContainKey(m.key());
            }
        }
    }

    /** Each payment step as "STEP run detail", in order; every step names who took it and when. */
    private static List<String> steps(JsonNode steps) {
        List<String> seen = new java.util.ArrayList<>();
        for (JsonNode step : steps) {
            assertThat(step.get("actor").asText()).as(step.toString()).isNotBlank();
            assertThat(step.get("at").asText()).as(step.toString()).isNotBlank();
            seen.add(step.get("step").asText() + " " + orNull(step, "payoutRunId") + " " + orNull(step, "detail"));
        }
        return seen;
    }

    private static String orNull(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : "null";
    }

    /** The cards mended, each failed payment is put back by its own module; a second retry is refused (409). */
    private static void retryEachFailedPayment(long[] aid, long[] grant, long[] cash) {
        String line = "/api/v1/aid-runs/" + aid[0] + "/lines/" + aid[1] + "/payment-retry";
        Api.Reply retried = Api.post(OFFICER, line, "");
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(retried.json().get("status").asText()).isEqualTo("APPROVED");
        Api.Reply twice = Api.post(OFFICER, line, "");
        assertThat(twice.status()).as(twice.body()).isEqualTo(409);
        assertThat(twice.json().get("code").asText()).isEqualTo("relief.refused.paymentNotFailed");

        Api.Reply granted = Api.post(ADMIN, "/api/v1/relief-fund/applications/" + grant[0] + "/payment-retry", "");
        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        assertThat(granted.json().get("status").asText()).isEqualTo("GRANTED");

        String handOut = "/api/v1/campaigns/" + cash[0] + "/deliveries/" + cash[1] + "/payment-retry";
        Api.Reply confirmed = Api.post(ADMIN, handOut, "");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().get("cashState").asText()).isEqualTo("CONFIRMED");
        assertThat(Api.post(ADMIN, handOut, "").status()).isEqualTo(409);
    }

    private static void assertEachSourceAnswers(long runId, PayoutFixtures.Claim claim, long[] aid, long[] grant,
                                                long[] subsidy, long[] cash) {
        JsonNode c = Api.get(ADMIN, "/api/v1/claims/" + claim.id()).json();
        assertThat(c.findValue("status").asText()).as(c.toString()).isEqualTo("PAID");

        JsonNode line = aidLine(aid[0], aid[1]);
        assertThat(line.get("status").asText()).as(line.toString()).isEqualTo("PAYMENT_FAILED");

        JsonNode application = Api.get(ADMIN, "/api/v1/relief-fund/applications/" + grant[0]).json();
        assertThat(application.get("status").asText()).as(application.toString()).isEqualTo("PAYMENT_FAILED");

        JsonNode s = Api.get(ADMIN, "/api/v1/loans/subsidies/" + subsidy[0]).json();
        assertThat(s.get("status").asText()).as(s.toString()).isEqualTo("PAID");
        assertThat(s.get("runId").asLong()).isEqualTo(runId);
        assertThat(s.get("paidOn").isNull()).isFalse();

        JsonNode handOut = handOut(cash[0], cash[1]);
        assertThat(handOut.get("cashState").asText()).as(handOut.toString()).isEqualTo("PAYMENT_FAILED");
    }

    // --- each kind, as its users make it approved ---

    /** A settlement claim of the member in a window of its own, and an aid run over it approved by a second person. */
    private static long[] approvedAidLine() throws Exception {
        LocalDate day = LocalDate.of(1990, 1, 1).plusDays(Long.parseLong(seed) % 3_600);
        try (Connection c = Platform.database(); PreparedStatement insert = c.prepareStatement("INSERT INTO claim "
                + "(tenant_id, member_id, member_name, org_path, plan_code, benefit_code, channel, source_ref, "
                + "event_date, status, assessed_fen, approved_fen, self_paid_fen, filed_by, filed_at, filed_on, "
                + "due_date, decided_by, decided_at, paid_on) SELECT tenant_id, id, name, org_path, ?, 'medical', "
                + "'CLERK', ?, ?, 'PAID', 0, 0, 300000, 'e2e-it', NOW(3), ?, ?, 'e2e-it', NOW(3), ? FROM member "
                + "WHERE id = ?")) {
            insert.setString(1, AID_PLAN);
            insert.setString(2, "e2e-it:" + seed);
            insert.setObject(3, day);
            insert.setObject(4, day.plusDays(3));
            insert.setObject(5, day.plusDays(10));
            insert.setObject(6, day.plusDays(10));
            insert.setLong(7, member);
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }
        Api.Reply defined = Api.post(ADMIN, "/api/v1/aid-runs", "{\"name\":\"端到端二次救助 " + seed + "\",\"claimsFrom\":\""
                + day + "\",\"claimsTo\":\"" + day + "\",\"planCodes\":[\"" + AID_PLAN + "\"],\"bands\":[{\"fromFen\":"
                + "100000,\"toFen\":500000,\"sharePercent\":20}],\"extraBands\":[],\"memberCapFen\":600000,"
                + "\"budgetFen\":10000000}");
        assertThat(defined.status()).as(defined.body()).isEqualTo(201);
        long run = defined.json().get("id").asLong();
        Api.Reply computed = Api.post(ADMIN, "/api/v1/aid-runs/" + run + "/computation", "");
        assertThat(computed.status()).as(computed.body()).isEqualTo(200);
        Api.Reply approved = Api.post(OFFICER, "/api/v1/aid-runs/" + run + "/approval", "");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        JsonNode line = null;
        for (JsonNode l : Api.get(ADMIN, "/api/v1/aid-runs/" + run + "/lines?limit=1000").json()) {
            if (l.get("memberId").asLong() == member) {
                line = l;
            }
        }
        assertThat(line).as("the member's aid line").isNotNull();
        assertThat(line.get("status").asText()).isEqualTo("APPROVED");
        assertThat(line.get("aidFen").asLong()).as("20% of 3,000.00").isEqualTo(60_000);
        return new long[] {run, line.get("id").asLong(), line.get("aidFen").asLong()};
    }

    private static JsonNode aidLine(long run, long lineId) {
        for (JsonNode l : Api.get(ADMIN, "/api/v1/aid-runs/" + run + "/lines?limit=1000").json()) {
            if (l.get("id").asLong() == lineId) {
                return l;
            }
        }
        throw new AssertionError("no aid line " + lineId + " in run " + run);
    }

    /** A donation, an application filed by the grassroots clerk, checked by the agency, granted by the committee. */
    private static long[] grantedApplication() {
        String fund = "/api/v1/relief-fund";
        Api.Reply donated = Api.post(ADMIN, fund + "/donations", "{\"donor\":\"区总工会\",\"amountFen\":500000,"
                + "\"donatedOn\":\"" + LocalDate.now() + "\",\"receiptNo\":\"E2E-" + seed + "\"}");
        assertThat(donated.status()).as(donated.body()).isEqualTo(201);
        Api.Reply filed = Api.post(GRASSROOTS, fund + "/applications", "{\"memberId\":" + member
                + ",\"kind\":\"MAJOR_ILLNESS\",\"illnessCategory\":\"LEUKAEMIA\",\"selfPaidAfterOtherAidFen\":400000}");
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        long id = filed.json().get("id").asLong();
        Api.Reply checked = Api.post(AGENCY, fund + "/applications/" + id + "/check", "{\"passed\":true,\"note\":\"属实\"}");
        assertThat(checked.status()).as(checked.body()).isEqualTo(200);
        Api.Reply decided = Api.post(ADMIN, fund + "/applications/" + id + "/decision", "{\"grant\":true,\"amountFen\":"
                + "123456,\"committee\":[\"王主任\",\"李委员\",\"赵委员\"],\"reason\":\"经评审符合救助条件\"}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.json().get("status").asText()).isEqualTo("GRANTED");
        return new long[] {id, decided.json().get("grantedFen").asLong()};
    }

    /** LoansIT's founder loan, its first three instalments repaid on time, last quarter's subsidy approved. */
    private static long[] approvedSubsidy() {
        Api.Reply filed = Api.post("beijing-member", "/api/v1/loan-applications", LoansIT.application("200000.00"));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String path = "/api/v1/loan-applications/" + filed.json().get("id").asLong();
        for (String kind : new String[] {"BUSINESS_LICENCE", "FOUNDER_ID", "BUSINESS_PLAN"}) {
            Api.Reply added = EnrolmentImportIT.send("beijing-member", "POST", path + "/documents?kind=" + kind
                    + "&fileName=" + kind + ".pdf", HttpRequest.BodyPublishers.ofByteArray(ClaimsIT.pdf()),
                    "application/pdf");
            assertThat(added.status()).as(added.body()).isEqualTo(200);
        }
        LocalDate paidOut = LoansIT.PAID_OUT;
        String contract = "BOB-E2E-" + seed + System.nanoTime() % 1_000;
        LoansIT.step(AGENCY, path + "/investigation", LoansIT.investigation(), "INVESTIGATED");
        LoansIT.step(ADMIN, path + "/guarantee", "{\"guarantor\":\"北京首创融资担保有限公司\",\"approved\":true,"
                + "\"note\":\"同意\",\"on\":\"" + paidOut.minusDays(10) + "\"}", "GUARANTEED");
        LoansIT.step(ADMIN, path + "/bank-approval", "{\"bank\":\"北京银行\",\"amount\":\"200000.00\",\"months\":36,"
                + "\"bankPercent\":\"3.45\",\"contractNo\":\"" + contract + "\",\"on\":\"" + paidOut.minusDays(3)
                + "\"}", "BANK_APPROVED");
        long loanId = LoansIT.step(ADMIN, path + "/disbursement", "{\"on\":\"" + paidOut + "\"}", "DISBURSED")
                .get("loanId").asLong();
        JsonNode loan = Api.get(ADMIN, "/api/v1/loans/" + loanId).json();
        for (int n = 1; n <= 3; n++) {
            JsonNode i = loan.get("schedule").get(n - 1);
            Api.Reply paid = Api.post(OFFICER, "/api/v1/loans/" + loanId + "/repayments", "{\"instalment\":" + n
                    + ",\"paidOn\":\"" + i.get("dueDate").asText() + "\",\"principal\":\""
                    + LoansIT.yuan(i.get("principalFen").asLong()) + "\",\"interest\":\""
                    + LoansIT.yuan(i.get("interestFen").asLong()) + "\",\"reference\":\"E" + n + "-" + contract + "\"}");
            assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        }
        Api.Reply settled = Api.post(ADMIN, "/api/v1/loans/subsidies", "{\"period\":\"" + LoansIT.LAST_QUARTER + "\"}");
        assertThat(settled.status()).as(settled.body()).isEqualTo(200);
        JsonNode subsidy = LoansIT.subsidyOf(settled.json(), loanId);
        assertThat(subsidy.get("amountFen").asLong()).isPositive();
        Api.Reply approved = Api.post(OFFICER, "/api/v1/loans/subsidies/" + subsidy.get("id").asLong() + "/approval",
                "");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asText()).isEqualTo("APPROVED");
        return new long[] {subsidy.get("id").asLong(), subsidy.get("amountFen").asLong()};
    }

    /** A cash campaign for the agency's members, the member's hand-out confirmed on site by the agency clerk. */
    private static long[] confirmedCash() {
        long campaign = CampaignsIT.campaign("CUSTOM", "端到端现金慰问 " + seed, LocalDate.now().minusDays(1), 1_000_000,
                8_800, "CASH", "ON_SITE", CampaignsIT.unitId("BJ-DC"), "[]", "[]").get("id").asLong();
        Api.Reply confirmed = CampaignsIT.confirm(AGENCY, campaign, member, null, null);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(201);
        assertThat(confirmed.json().get("cashState").asText()).isEqualTo("CONFIRMED");
        return new long[] {campaign, confirmed.json().get("id").asLong(), confirmed.json().get("amountFen").asLong()};
    }

    private static JsonNode handOut(long campaign, long handOutId) {
        for (JsonNode h : Api.get(ADMIN, "/api/v1/campaigns/" + campaign + "/deliveries?limit=500").json()) {
            if (h.get("id").asLong() == handOutId) {
                return h;
            }
        }
        throw new AssertionError("no hand-out " + handOutId + " in campaign " + campaign);
    }

    // --- runs ---

}
