package org.huzhu.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huzhu.app.it.PayoutFixtures.ADMIN;
import static org.huzhu.app.it.PayoutFixtures.OFFICER;
import static org.huzhu.app.it.PayoutFixtures.TENANT;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Women's Day condolence item (三八慰问) on the real server: 200.00 yuan for each active female member of the
 * tenant, hardship first, a budget that reaches five of them. Its lines are checked against the test's own SQL
 * over the member and hardship tables (count, order, totals), computed twice to the same lines, refused to its
 * creator, approved by the claims officer, and paid by a payout run exactly once. The database is shared with
 * other ITs: everything is asserted on this item and its own lines.
 */
class CondolenceIT {

    private static final long AMOUNT = 20_000;
    private static final int REACHED = 5;
    /** Five amounts and half of a sixth: the sixth line is the first that does not fit. */
    private static final long BUDGET = REACHED * AMOUNT + AMOUNT / 2;
    private static final String ITEMS = "/api/v1/condolence-items";

    private static String seed;
    private static long womanInHardship;

    @BeforeAll
    static void aFemaleMemberWithAHouseholdInHardship() throws Exception {
        Platform.awaitReady();
        seed = Long.toString(System.currentTimeMillis() % 1_000_000_000L);
        // the female members with the highest ids and no file of their own: the first whose household may be filed
        List<Long> candidates = ids("SELECT m.id FROM member m WHERE m.tenant_id = '" + TENANT + "' AND m.status = "
                + "'ACTIVE' AND m.gender = 'F' AND NOT EXISTS (SELECT 1 FROM hardship_file f WHERE f.tenant_id = "
                + "m.tenant_id AND f.member_id = m.id) AND NOT EXISTS (SELECT 1 FROM hardship_person p WHERE "
                + "p.tenant_id = m.tenant_id AND p.member_id = m.id) ORDER BY m.id DESC LIMIT 10");
        for (long candidate : candidates) {
            Api.Reply filed = Api.post(ADMIN, "/api/v1/hardship-households", "{\"memberId\":" + candidate
                    + ",\"means\":{\"householdIncomeFen\":1200000,\"fixedCostsFen\":0,\"illnessCostsFen\":0,"
                    + "\"causes\":[\"ILLNESS\"]},\"modelWorker\":false,\"household\":[]}");
            if (filed.status() == 201) {
                womanInHardship = candidate;
                return;
            }
        }
        throw new AssertionError("no female member's household could be filed among " + candidates);
    }

    @Test
    void womens_day_item_pays_each_female_member_once_hardship_first_within_the_budget() throws Exception {
        Api.Reply defined = Api.post(ADMIN, ITEMS, "{\"name\":\"三八妇女节慰问 " + seed + "\",\"kind\":\"WOMENS_DAY\","
                + "\"year\":2027,\"rule\":{\"gender\":\"FEMALE\"},\"amountFen\":" + AMOUNT + ",\"budgetFen\":" + BUDGET
                + "}");
        assertThat(defined.status()).as(defined.body()).isEqualTo(201);
        long item = defined.json().get("id").asLong();
        assertThat(defined.json().get("status").asText()).isEqualTo("DEFINED");
        Api.Reply twin = Api.post(ADMIN, ITEMS, "{\"name\":\"三八妇女节慰问 " + seed + "\",\"kind\":\"WOMENS_DAY\","
                + "\"year\":2027,\"amountFen\":100,\"budgetFen\":100}");
        assertThat(twin.status()).as(twin.body()).isEqualTo(409);
        assertThat(twin.json().get("code").asText()).isEqualTo("relief.refused.itemNameTaken");
        assertThat(Api.get(OFFICER, ITEMS + "?year=2027").json().findValues("id")).extracting(JsonNode::asLong)
                .as("the year's items").contains(item);
        assertThat(Api.get(OFFICER, ITEMS + "?year=2026").json().findValues("id")).extracting(JsonNode::asLong)
                .doesNotContain(item);
        assertThat(Api.post(OFFICER, ITEMS + "/" + item + "/approval", "").status()).as("not computed yet")
                .isEqualTo(409);
        assertThat(Api.post(OFFICER, ITEMS + "/" + item + "/computation", "").status()).as("officers do not compute")
                .isEqualTo(403);

        Api.Reply computed = Api.post(ADMIN, ITEMS + "/" + item + "/computation", "");
        assertThat(computed.status()).as(computed.body()).isEqualTo(200);
        JsonNode totals = computed.json();

        // the test's own reading of the registry: every active woman, hardship households first, then by id
        List<Long> inHardship = ids("SELECT m.id FROM member m WHERE m.tenant_id = '" + TENANT + "' AND m.status = "
                + "'ACTIVE' AND m.gender = 'F' AND EXISTS (SELECT 1 FROM hardship_file f WHERE f.tenant_id = "
                + "m.tenant_id AND f.member_id = m.id AND f.status = 'IN_HARDSHIP') ORDER BY m.id");
        List<Long> others = ids("SELECT m.id FROM member m WHERE m.tenant_id = '" + TENANT + "' AND m.status = "
                + "'ACTIVE' AND m.gender = 'F' AND NOT EXISTS (SELECT 1 FROM hardship_file f WHERE f.tenant_id = "
                + "m.tenant_id AND f.member_id = m.id AND f.status = 'IN_HARDSHIP') ORDER BY m.id");
        List<Long> expected = new ArrayList<>(inHardship);
        expected.addAll(others);
        assertThat(inHardship).contains(womanInHardship);
        long women = expected.size();
        long reached = Math.min(women, REACHED);
        assertThat(women).as("the demo tenant has more women than the budget reaches").isGreaterThan(REACHED);
        assertThat(totals.get("lines").asLong()).isEqualTo(women);
        assertThat(totals.get("linesWithinBudget").asLong()).isEqualTo(reached);
        assertThat(totals.get("totalWithinBudgetFen").asLong()).as("min(women, budget / amount) x 200.00")
                .isEqualTo(Math.min(women * AMOUNT, BUDGET / AMOUNT * AMOUNT)).isEqualTo(reached * AMOUNT);
        assertThat(totals.get("linesCut").asLong()).isEqualTo(women - reached);
        assertThat(totals.get("totalCutFen").asLong()).isEqualTo((women - reached) * AMOUNT);

        List<JsonNode> lines = lines(item);
        assertThat(lines).extracting(l -> l.get("memberId").asLong()).containsExactlyElementsOf(expected);
        assertThat(lines).extracting(l -> l.get("position").asInt()).doesNotHaveDuplicates();
        assertThat(lines).allMatch(l -> l.get("amountFen").asLong() == AMOUNT);
        assertThat(lines.subList(0, REACHED)).allMatch(l -> l.get("withinBudget").asBoolean()
                && l.get("status").asText().equals("COMPUTED"));
        assertThat(lines.subList(REACHED, lines.size())).allMatch(l -> !l.get("withinBudget").asBoolean()
                && l.get("status").asText().equals("CUT"));
        assertThat(lines).filteredOn(l -> l.get("hardship").asBoolean()).hasSize(inHardship.size());
        assertThat(Api.get(ADMIN, ITEMS + "/" + item + "/lines?limit=1").body())
                .as("no national ID or card number in a line").doesNotContain("idNumber").doesNotContain("cardNo");

        Api.Reply again = Api.post(ADMIN, ITEMS + "/" + item + "/computation", "");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(shape(lines(item))).as("computed again: the same lines").isEqualTo(shape(lines));

        Api.Reply self = Api.post(ADMIN, ITEMS + "/" + item + "/approval", "");
        assertThat(self.status()).as("four eyes: " + self.body()).isEqualTo(409);
        Api.Reply approved = Api.post(OFFICER, ITEMS + "/" + item + "/approval", "");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.json().get("approvedBy").asText()).isNotEqualTo(approved.json().get("createdBy").asText());
        assertThat(Api.post(ADMIN, ITEMS + "/" + item + "/computation", "").status()).as("approved: fixed")
                .isEqualTo(409);
        lines = lines(item);
        assertThat(lines.subList(0, REACHED)).allMatch(l -> l.get("status").asText().equals("APPROVED"));
        assertThat(lines.subList(REACHED, lines.size())).allMatch(l -> l.get("status").asText().equals("CUT"));
        Map<Long, Long> paidLines = new HashMap<>();
        lines.subList(0, REACHED).forEach(l -> paidLines.put(l.get("id").asLong(), l.get("memberId").asLong()));
        Set<Long> cutLines = lines.subList(REACHED, lines.size()).stream().map(l -> l.get("id").asLong())
                .collect(Collectors.toSet());

        paidOnce(item, paidLines, cutLines);
    }

    /** A payout run takes the approved lines (never a cut one), the bank pays them, a second run takes none. */
    private static void paidOnce(long item, Map<Long, Long> paidLines, Set<Long> cutLines) throws Exception {
        long runId = PayoutFixtures.newRun("GATHERED");
        Map<Long, JsonNode> payments = condolencePayments(runId);
        for (Map.Entry<Long, Long> line : paidLines.entrySet()) {
            JsonNode p = payments.get(line.getKey());
            assertThat(p).as("payment of condolence line " + line.getKey() + " on run " + runId).isNotNull();
            assertThat(p.get("amountFen").asLong()).isEqualTo(AMOUNT);
            assertThat(p.get("memberId").asLong()).isEqualTo(line.getValue());
            assertThat(p.get("reference").asText()).isEqualTo("HZ" + runId + "-W" + line.getKey());
        }
        assertThat(payments.keySet()).as("cut lines are never paid").doesNotContainAnyElementsOf(cutLines);
        PayoutFixtures.assertConsistent(runId);

        PayoutFixtures.mendMissingCards(runId);
        Api.Reply approved = Api.post(OFFICER, "/api/v1/payout-runs/" + runId + "/approval", "");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        String file = PayoutFixtures.bankFile(OFFICER, runId);
        StringBuilder result = new StringBuilder();
        for (String[] d : PayoutFixtures.details(file)) {
            result.append(d[2]).append("|S|E").append(d[1]).append("|\n");
        }
        Api.Reply imported = PayoutFixtures.postResult(ADMIN, runId, result.toString());
        assertThat(imported.status()).as(imported.body()).isEqualTo(202);
        PayoutFixtures.waitForStatus(runId, "SETTLED");
        PayoutFixtures.assertConsistent(runId);

        List<JsonNode> lines = lines(item);
        for (JsonNode l : lines) {
            if (paidLines.containsKey(l.get("id").asLong())) {
                assertThat(l.get("status").asText()).as(l.toString()).isEqualTo("PAID");
                assertThat(l.get("payoutRunId").asLong()).isEqualTo(runId);
            } else {
                assertThat(l.get("status").asText()).as(l.toString()).isEqualTo("CUT");
            }
        }
        String ids = paidLines.keySet().stream().map(String::valueOf).collect(Collectors.joining(","));
        assertThat(PayoutFixtures.count("SELECT COUNT(*) FROM payout_payment WHERE tenant_id = '" + TENANT
                + "' AND payable_kind = 'CONDOLENCE' AND source_id IN (" + ids + ")"))
                .as("each line in exactly one payment").isEqualTo(REACHED);
        assertThat(PayoutFixtures.count("SELECT COALESCE(SUM(amount_fen), 0) FROM payout_payment WHERE tenant_id = '"
                + TENANT + "' AND payable_kind = 'CONDOLENCE' AND status = 'PAID' AND source_id IN (" + ids + ")"))
                .as("paid: the item's total within the budget").isEqualTo(REACHED * AMOUNT);

        long next = PayoutFixtures.newRun("GATHERED", "EMPTY");
        assertThat(condolencePayments(next).keySet()).as("a second run takes nothing paid again")
                .doesNotContainAnyElementsOf(paidLines.keySet());

        long paid = paidLines.keySet().iterator().next();
        Api.Reply retried = Api.post(OFFICER, "/api/v1/condolence-items/" + item + "/lines/" + paid + "/payment-retry", "");
        assertThat(retried.status()).as("a paid line is not paid again: " + retried.body()).isEqualTo(409);
        assertThat(retried.json().get("code").asText()).isEqualTo("relief.refused.paymentNotFailed");
        assertThat(Api.post(OFFICER, "/api/v1/condolence-items/" + (item + 1_000_000) + "/lines/" + paid
                + "/payment-retry", "").status()).as("a line of another item").isEqualTo(404);
    }

    // --- helpers ---

    private static List<Long> ids(String sql) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection c = Platform.database(); ResultSet r = c.createStatement().executeQuery(sql)) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return ids;
    }

    /** All the item's lines, page by page. */
    private static List<JsonNode> lines(long item) {
        List<JsonNode> all = new ArrayList<>();
        for (int offset = 0; ; offset += 1_000) {
            Api.Reply reply = Api.get(ADMIN, ITEMS + "/" + item + "/lines?limit=1000&offset=" + offset);
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            reply.json().forEach(all::add);
            if (reply.json().size() < 1_000) {
                return all;
            }
        }
    }

    private static List<String> shape(List<JsonNode> lines) {
        return lines.stream().map(l -> l.get("position").asInt() + ":" + l.get("memberId").asLong() + ":"
                + l.get("hardship").asBoolean() + ":" + l.get("amountFen").asLong() + ":"
                + l.get("withinBudget").asBoolean()).toList();
    }


    /** The run's CONDOLENCE payments by source id (the line's id). */
    private static Map<Long, JsonNode> condolencePayments(long runId) {
        Map<Long, JsonNode> mine = new HashMap<>();
        PayoutFixtures.payments(runId).forEach((key, p) -> {
            if (key.startsWith("CONDOLENCE:")) {
                mine.put(p.get("sourceId").asLong(), p);
            }
        });
        return mine;
    }
}
