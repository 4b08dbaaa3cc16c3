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

    /**
     * Non-member charity (非会员慈善): three people who are not members listed with their IDs and cards, a budget for
     * two: the first two (in the order listed) are paid to their own cards, the third is cut; a bad ID is refused
     * naming the row and field, the same person twice naming the row; answers show IDs and cards masked only,
     * while the bank file carries the card digits; a second run takes nothing.
     */
    @Test
    void non_member_charity_pays_the_listed_payees_cards_within_the_budget() throws Exception {
        long amount = 100_000;
        String charity = "{\"name\":\"非会员慈善救助 " + seed + "\",\"kind\":\"NON_MEMBER_CHARITY\",\"year\":2027,"
                + "\"amountFen\":" + amount + ",\"budgetFen\":" + (2 * amount + amount / 2);
        Api.Reply ruled = Api.post(ADMIN, ITEMS, charity.replace("\"year\"", "\"rule\":{\"gender\":\"FEMALE\"},\"year\"")
                + "}");
        assertThat(ruled.status()).as(ruled.body()).isEqualTo(400);
        assertThat(ruled.json().get("field").asText()).isEqualTo("rule");
        Api.Reply defined = Api.post(ADMIN, ITEMS, charity + "}");
        assertThat(defined.status()).as(defined.body()).isEqualTo(201);
        long item = defined.json().get("id").asLong();

        long base = Long.parseLong(seed) % 900;
        List<String> ids = new ArrayList<>();
        List<String> cards = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(org.huzhu.kernel.identity.NationalId.compose("110105", java.time.LocalDate.of(1960 + i, 3, 8),
                    (int) base + i * 31, org.huzhu.kernel.identity.Gender.FEMALE).value());
            cards.add("6217" + String.format("%09d", Long.parseLong(seed) % 1_000_000_000L) + "00000" + i);
        }
        String badId = ids.get(1).substring(0, 17) + (ids.get(1).charAt(17) == '1' ? '2' : '1');
        Api.Reply bad = Api.post(ADMIN, ITEMS + "/" + item + "/payees", "[" + payee("甲", ids.get(0), cards.get(0))
                + "," + payee("乙", badId, cards.get(1)) + "]");
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.json().get("field").asText()).isEqualTo("payees[1].idNumber");
        Api.Reply badCard = Api.post(ADMIN, ITEMS + "/" + item + "/payees", "[" + payee("甲", ids.get(0), "1234") + "]");
        assertThat(badCard.status()).as(badCard.body()).isEqualTo(400);
        assertThat(badCard.json().get("field").asText()).isEqualTo("payees[0].cardNo");
        assertThat(Api.get(ADMIN, ITEMS + "/" + item + "/payees").json()).as("nothing of a refused list").isEmpty();

        Api.Reply listed = Api.post(ADMIN, ITEMS + "/" + item + "/payees", "[" + payee("困难群众甲", ids.get(0), cards.get(0))
                + "," + payee("困难群众乙", ids.get(1), cards.get(1)) + "," + payee("困难群众丙", ids.get(2), cards.get(2)) + "]");
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(listed.json()).hasSize(3);
        List<Long> payees = new ArrayList<>();
        listed.json().forEach(p -> payees.add(p.get("id").asLong()));
        assertThat(listed.json().get(0).get("idMasked").asText()).isEqualTo(ids.get(0).substring(0, 6) + "********"
                + ids.get(0).substring(14));
        assertThat(listed.json().get(0).get("cardMasked").asText()).isEqualTo(cards.get(0).substring(0, 4) + "****"
                + cards.get(0).substring(cards.get(0).length() - 4));
        for (int i = 0; i < 3; i++) {
            assertThat(listed.body()).as("no ID or card in clear").doesNotContain(ids.get(i)).doesNotContain(cards.get(i));
        }
        assertThat(PayoutFixtures.count("SELECT COUNT(*) FROM condolence_payee WHERE tenant_id = '" + TENANT
                + "' AND item_id = " + item + " AND LENGTH(id_hash) = 32 AND LENGTH(card_hash) = 32 AND INSTR(card_cipher, '" + cards.get(0)
                + "') = 0 AND INSTR(id_cipher, '" + ids.get(0) + "') = 0")).as("stored encrypted").isEqualTo(3);

        Api.Reply again = Api.post(ADMIN, ITEMS + "/" + item + "/payees", "[" + payee("丁", ids.get(2),
                cards.get(0)) + "]");
        assertThat(again.status()).as("the same person once per item: " + again.body()).isEqualTo(409);
        assertThat(again.json().get("code").asText()).isEqualTo("relief.refused.payeeListed");
        assertThat(again.json().get("en").asText()).startsWith("Row 1:").contains(String.valueOf(payees.get(2)))
                .doesNotContain(ids.get(2));
        Api.Reply twice = Api.post(ADMIN, ITEMS + "/" + item + "/payees", "[" + payee("戊", ids.get(3), cards.get(0))
                + "," + payee("戊", ids.get(3), cards.get(1)) + "]");
        assertThat(twice.status()).as("one person twice in one list: " + twice.body()).isEqualTo(409);
        assertThat(twice.json().get("code").asText()).isEqualTo("relief.refused.payeeTwice");
        assertThat(Api.get(ADMIN, ITEMS + "/" + item + "/payees").json()).as("nothing of a refused list").hasSize(3);

        Api.Reply computed = Api.post(ADMIN, ITEMS + "/" + item + "/computation", "");
        assertThat(computed.status()).as(computed.body()).isEqualTo(200);
        assertThat(computed.json().get("lines").asInt()).isEqualTo(3);
        assertThat(computed.json().get("linesWithinBudget").asInt()).isEqualTo(2);
        assertThat(computed.json().get("totalWithinBudgetFen").asLong()).isEqualTo(2 * amount);
        assertThat(computed.json().get("linesCut").asInt()).isEqualTo(1);
        List<JsonNode> lines = lines(item);
        assertThat(lines).extracting(l -> l.get("payeeId").asLong()).containsExactlyElementsOf(payees);
        assertThat(lines).noneMatch(l -> l.hasNonNull("memberId"));
        assertThat(lines).extracting(l -> l.get("withinBudget").asBoolean()).containsExactly(true, true, false);
        assertThat(Api.post(ADMIN, ITEMS + "/" + item + "/payees", "[" + payee("己", ids.get(0), cards.get(0)) + "]")
                .status()).as("computed: the list is fixed").isEqualTo(409);

        Api.Reply approved = Api.post(OFFICER, ITEMS + "/" + item + "/approval", "");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        long runId = PayoutFixtures.newRun("GATHERED");
        Map<Long, JsonNode> payments = condolencePayments(runId);
        for (JsonNode line : lines.subList(0, 2)) {
            JsonNode p = payments.get(line.get("id").asLong());
            assertThat(p).as("payment of payee line " + line).isNotNull();
            assertThat(p.get("memberId").asLong()).as("no member").isZero();
            assertThat(p.get("amountFen").asLong()).isEqualTo(amount);
        }
        assertThat(payments).doesNotContainKey(lines.get(2).get("id").asLong());
        String answer = Api.get(ADMIN, "/api/v1/payout-runs/" + runId + "?limit=1000").body();
        cards.forEach(card -> assertThat(answer).as("the run's answer shows no card").doesNotContain(card));
        PayoutFixtures.mendMissingCards(runId);
        assertThat(Api.post(OFFICER, "/api/v1/payout-runs/" + runId + "/approval", "").status()).isEqualTo(200);
        String file = PayoutFixtures.bankFile(OFFICER, runId);
        Map<String, String> cardOf = new HashMap<>();
        PayoutFixtures.details(file).forEach(d -> cardOf.put(d[2], d[3]));
        for (int i = 0; i < 2; i++) {
            String reference = "HZ" + runId + "-W" + lines.get(i).get("id").asLong();
            assertThat(cardOf.get(reference)).as("the payee's own card in the bank file").isEqualTo(cards.get(i));
        }
        assertThat(file).as("the cut payee is not paid").doesNotContain(cards.get(2));
        StringBuilder result = new StringBuilder();
        for (String[] d : PayoutFixtures.details(file)) {
            result.append(d[2]).append("|S|E").append(d[1]).append("|\n");
        }
        assertThat(PayoutFixtures.postResult(ADMIN, runId, result.toString()).status()).isEqualTo(202);
        PayoutFixtures.waitForStatus(runId, "SETTLED");
        assertThat(lines(item)).extracting(l -> l.get("status").asText()).containsExactly("PAID", "PAID", "CUT");
        long next = PayoutFixtures.newRun("GATHERED", "EMPTY");
        assertThat(condolencePayments(next).keySet()).as("a second run takes nothing paid again")
                .doesNotContainAnyElementsOf(lines.stream().map(l -> l.get("id").asLong()).toList());
    }

    /**
     * Model workers in hardship (困难劳模): a household whose file marks it a model worker's counts although the
     * registry's flag is not set, one the registry flags counts too, and a household that is neither does not.
     */
    @Test
    void model_workers_in_hardship_include_households_whose_file_marks_them_without_the_registry_flag()
            throws Exception {
        List<Long> candidates = ids("SELECT m.id FROM member m WHERE m.tenant_id = '" + TENANT + "' AND m.status = "
                + "'ACTIVE' AND m.model_worker = FALSE AND NOT EXISTS (SELECT 1 FROM hardship_file f WHERE "
                + "f.tenant_id = m.tenant_id AND f.member_id = m.id) AND NOT EXISTS (SELECT 1 FROM hardship_person p "
                + "WHERE p.tenant_id = m.tenant_id AND p.member_id = m.id) ORDER BY m.id DESC LIMIT 30");
        List<Long> filed = new ArrayList<>();
        for (long candidate : candidates) {
            boolean byFile = filed.isEmpty();
            Api.Reply reply = Api.post(ADMIN, "/api/v1/hardship-households", "{\"memberId\":" + candidate
                    + ",\"means\":{\"householdIncomeFen\":1200000,\"fixedCostsFen\":0,\"illnessCostsFen\":0,"
                    + "\"causes\":[\"ILLNESS\"]},\"modelWorker\":" + byFile + ",\"household\":[]}");
            if (reply.status() == 201) {
                filed.add(candidate);
                if (filed.size() == 3) {
                    break;
                }
            }
        }
        assertThat(filed).as("three households filed among " + candidates).hasSize(3);
        long byFile = filed.get(0);
        long byRegistry = filed.get(1);
        long neither = filed.get(2);
        Api.Reply flagged = Api.put(ADMIN, "/api/v1/members/" + byRegistry + "/job-flags",
                "{\"flags\":[\"MODEL_WORKER\"]}");
        assertThat(flagged.status()).as(flagged.body()).isEqualTo(200);
        assertThat(PayoutFixtures.count("SELECT COUNT(*) FROM member WHERE id = " + byFile + " AND model_worker"))
                .as("the registry does not know the file's model worker").isZero();

        Api.Reply defined = Api.post(ADMIN, ITEMS, "{\"name\":\"困难劳模帮扶 " + seed + "\",\"kind\":"
                + "\"MODEL_WORKER_HARDSHIP\",\"year\":2027,\"rule\":{\"hardshipOnly\":true,\"modelWorkersOnly\":true,"
                + "\"memberIds\":[" + byFile + "," + byRegistry + "," + neither + "]},\"amountFen\":100000,"
                + "\"budgetFen\":10000000}");
        assertThat(defined.status()).as(defined.body()).isEqualTo(201);
        long item = defined.json().get("id").asLong();
        Api.Reply computed = Api.post(ADMIN, ITEMS + "/" + item + "/computation", "");
        assertThat(computed.status()).as(computed.body()).isEqualTo(200);
        assertThat(lines(item)).extracting(l -> l.get("memberId").asLong()).as("1,000 yuan to each model worker's "
                + "household in hardship, by member id").containsExactlyElementsOf(List.of(byFile, byRegistry).stream()
                .sorted().toList());
        assertThat(lines(item)).allMatch(l -> l.get("hardship").asBoolean() && l.get("withinBudget").asBoolean());
    }

    private static String payee(String name, String id, String card) {
        return "{\"name\":\"" + name + "\",\"idNumber\":\"" + id + "\",\"cardNo\":\"" + card
                + "\",\"reason\":\"因灾致困\"}";
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
