package org.huzhu.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huzhu.app.it.PayoutFixtures.ADMIN;
import static org.huzhu.app.it.PayoutFixtures.OFFICER;
import static org.huzhu.app.it.PayoutFixtures.TENANT;
import static org.huzhu.app.it.PayoutFixtures.count;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.huzhu.kernel.pii.PersonalDataProtector;
import org.junit.jupiter.api.Test;

/**
 * A payout run end to end: gathered by one officer, approved by another (never by its creator), the bank file
 * with the members' cards and control totals, the bank's result with one failure, the same result again
 * changing nothing, the failed member's card mended and the claim paid on the next run; every run event in the
 * audit trail.
 */
class PayoutRunIT {

    private static final PersonalDataProtector PROTECTOR = EnrolmentImportIT.protector();

    @Test
    void a_run_is_gathered_approved_by_a_second_person_paid_from_the_bank_file_and_settled() throws Exception {
        List<PayoutFixtures.Claim> mine = PayoutFixtures.approvedClaims(5, LocalDate.of(2001, 1, 1), 5,
                i -> 10_000 + i * 1_050L);
        Map<Long, PayoutFixtures.Claim> byId = new HashMap<>();
        mine.forEach(c -> byId.put(c.id(), c));

        assertThat(Api.get("beijing-grassroots-clerk", "/api/v1/payout-runs").status()).isEqualTo(403);
        Api.Reply created = Api.post(ADMIN, "/api/v1/payout-runs", "");
        assertThat(created.status()).as(created.body()).isEqualTo(202);
        long runId = created.json().get("id").asLong();
        JsonNode gathered = PayoutFixtures.waitForStatus(runId, "GATHERED");
        PayoutFixtures.assertConsistent(runId);
        // Every page: approved payables of other kinds and tests (relief, loans, campaigns) may share the run.
        List<JsonNode> all = allPayments(runId);
        Map<Long, JsonNode> payments = new HashMap<>();
        all.forEach(p -> {
            if (p.get("kind").asText().equals("CLAIM")) {
                payments.put(p.get("sourceId").asLong(), p);
            }
        });
        assertThat(payments).containsKeys(byId.keySet().toArray(Long[]::new));
        mine.forEach(c -> assertThat(payments.get(c.id()).get("reference").asText())
                .isEqualTo("HZ" + runId + "-" + c.id()));
        mine.forEach(c -> assertThat(payments.get(c.id()).get("amountFen").asLong()).isEqualTo(c.amountFen()));
        long sum = 0;
        for (JsonNode p : all) {
            sum += p.get("amountFen").asLong();
        }
        assertThat(gathered.get("totalFen").asLong()).isEqualTo(sum);
        assertThat(count("SELECT COUNT(*) FROM claim WHERE status = 'SCHEDULED' AND payout_run_id = " + runId
                + " AND id IN " + in(mine))).isEqualTo(5);

        Api.Reply early = Api.get(OFFICER, "/api/v1/payout-runs/" + runId + "/bank-file");
        assertThat(early.status()).as("no bank file before approval").isEqualTo(409);
        assertThat(early.json().get("code").asText()).isEqualTo("payouts.refused.noBankFile");
        assertThat(early.json().get("en").asText()).contains("Run " + runId + " is GATHERED");
        PayoutFixtures.mendMissingCards(runId);
        Api.Reply own = Api.post(ADMIN, "/api/v1/payout-runs/" + runId + "/approval", "");
        assertThat(own.status()).isEqualTo(409);
        assertThat(own.json().get("code").asText()).isEqualTo("payouts.refused.fourEyes");
        assertThat(own.json().get("detail").asText()).as("Chinese unless English is asked for")
                .isEqualTo(own.json().get("zh").asText()).isEqualTo("审批人不能是批次创建人（四眼原则）");
        Api.Reply ownInEnglish = Api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Platform.appUrl()
                        + "/api/v1/payout-runs/" + runId + "/approval"))
                .header("Authorization", "Bearer " + Api.token(ADMIN)).header("Accept-Language", "en")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertThat(ownInEnglish.status()).isEqualTo(409);
        assertThat(ownInEnglish.json().get("detail").asText())
                .isEqualTo("The person who created the run cannot approve it (four eyes)");
        Api.Reply approved = Api.post(OFFICER, "/api/v1/payout-runs/" + runId + "/approval", "");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.json().get("approvedBy").asText()).isEqualTo(OFFICER);

        Api.Reply download = Api.get(OFFICER, "/api/v1/payout-runs/" + runId + "/bank-file");
        assertThat(download.status()).isEqualTo(200);
        String file = download.body();
        List<String> lines = file.lines().toList();
        int n = gathered.get("paymentCount").asInt();
        String total = gathered.get("total").asText();
        assertThat(lines.get(0)).isEqualTo("H|HZDP|1|" + TENANT + "|" + runId + "|" + gathered.get("payoutDate").asText()
                + "|" + n + "|" + total);
        assertThat(lines).hasSize(n + 2);
        assertThat(lines.get(n + 1)).isEqualTo("T|" + n + "|" + total);
        List<String[]> details = PayoutFixtures.details(file);
        assertThat(details.stream().map(d -> new BigDecimal(d[5])).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(new BigDecimal(total));
        Map<String, String[]> byReference = new HashMap<>();
        details.forEach(d -> byReference.put(d[2], d));
        for (PayoutFixtures.Claim c : mine) {
            String[] line = byReference.get("HZ" + runId + "-" + c.id());
            assertThat(line).as("detail line of claim " + c.id()).isNotNull();
            assertThat(line[3]).isEqualTo(card(c.memberId())).matches("\\d{16,19}");
            assertThat(new BigDecimal(line[5]).movePointRight(2).longValueExact()).isEqualTo(c.amountFen());
        }
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                file.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        JsonNode issued = PayoutFixtures.run(ADMIN, runId).get("run");
        assertThat(issued.get("status").asText()).isEqualTo("FILE_ISSUED");
        assertThat(issued.get("fileSha256").asText()).isEqualTo(sha);
        assertThat(issued.get("fileIssuedBy").asText()).isEqualTo(OFFICER);

        // The bank pays all but one of this test's claims; two lines it sends are of no use.
        PayoutFixtures.Claim refused = mine.get(2);
        StringBuilder result = new StringBuilder("# bank result\n");
        int lineNo = 1;
        for (String[] d : details) {
            boolean fail = d[2].equals("HZ" + runId + "-" + refused.id());
            result.append(d[2]).append(fail ? "|F|B" : "|S|B").append(d[1]).append('|')
                    .append(fail ? "卡已销户 card closed" : "").append('\n');
            lineNo++;
        }
        result.append("HZ").append(runId).append("-999999999|S|B9|\n");
        int unknownLine = ++lineNo;
        result.append("garbage line\n");
        int malformedLine = ++lineNo;
        Api.Reply imported = PayoutFixtures.postResult(ADMIN, runId, result.toString());
        assertThat(imported.status()).as(imported.body()).isEqualTo(202);
        assertThat(imported.json().get("validLines").asInt()).isEqualTo(n);
        List<Integer> problemLines = new ArrayList<>();
        imported.json().get("problems").forEach(p -> problemLines.add(p.get("lineNo").asInt()));
        assertThat(problemLines).containsExactly(unknownLine, malformedLine);
        JsonNode unknown = imported.json().get("problems").get(0);
        assertThat(unknown.get("code").asText()).isEqualTo("UNKNOWN_REFERENCE");
        assertThat(unknown.get("en").asText()).isEqualTo("reference: not a payment of run " + runId);
        assertThat(unknown.get("zh").asText()).isEqualTo("未知参考号：不是批次 " + runId + " 的给付");
        JsonNode malformed = imported.json().get("problems").get(1);
        assertThat(malformed.get("code").asText()).isEqualTo("MALFORMED");
        assertThat(malformed.get("en").asText()).contains("4 fields").doesNotContainPattern("\\p{IsHan}");
        assertThat(malformed.get("reason").asText()).startsWith("格式错误").doesNotContain(" / ");

        JsonNode settled = PayoutFixtures.waitForStatus(runId, "SETTLED");
        assertThat(settled.get("failedCount").asInt()).isEqualTo(1);
        assertThat(settled.get("paidCount").asInt()).isEqualTo(n - 1);
        assertThat(settled.get("failed").asText()).isEqualTo(new BigDecimal(refused.amountFen()).movePointLeft(2)
                .toPlainString());
        PayoutFixtures.assertConsistent(runId);
        assertThat(count("SELECT COUNT(*) FROM claim WHERE status = 'PAID' AND paid_on IS NOT NULL AND id IN "
                + in(mine))).isEqualTo(4);
        assertThat(count("SELECT COUNT(*) FROM claim WHERE status = 'PAYMENT_FAILED' AND id = " + refused.id()))
                .isEqualTo(1);
        JsonNode failedPayment = null;
        for (JsonNode p : Api.get(ADMIN, "/api/v1/payout-runs/failed-payments").json()) {
            if (p.get("kind").asText().equals("CLAIM") && p.get("sourceId").asLong() == refused.id()) {
                failedPayment = p;
            }
        }
        assertThat(failedPayment).isNotNull();
        assertThat(failedPayment.get("failureReason").asText()).isEqualTo("卡已销户 card closed");

        // The same file again: recognised, nothing changes.
        String before = snapshot(runId);
        Api.Reply again = PayoutFixtures.postResult(ADMIN, runId, result.toString());
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().get("repeated").asBoolean()).isTrue();
        Thread.sleep(1_000);
        assertThat(snapshot(runId)).isEqualTo(before);

        // The clerk mends the card; the claim goes back to approved and is paid on the next run.
        long member = refused.memberId();
        Api.Reply bad = Api.put(ADMIN, "/api/v1/members/" + member + "/card", "{\"cardNo\":\"12345\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asText()).isEqualTo("cardNo");
        assertThat(bad.json().get("en").asText()).isEqualTo("a card number is 16 to 19 digits");
        long outside = outsideMember();
        Api.Reply notTheirs = Api.put("beijing-grassroots-clerk", "/api/v1/members/" + outside + "/card",
                "{\"cardNo\":\"6215000011112222\"}");
        assertThat(notTheirs.status()).as("a member outside the clerk's union").isEqualTo(403);
        assertThat(notTheirs.json().get("code").asText()).isEqualTo("org.denied.memberOutsideSubtree");
        assertThat(notTheirs.json().get("zh").asText()).isEqualTo("会员 " + outside + " 不在您的管辖范围内");
        assertThat(notTheirs.json().get("en").asText()).isEqualTo("Member " + outside + " is outside your org subtree");
        String newCard = "62159999" + String.format("%011d", System.nanoTime() % 100_000_000_000L);
        Api.Reply mended = Api.put(ADMIN, "/api/v1/members/" + member + "/card", "{\"cardNo\":\"" + newCard + "\"}");
        assertThat(mended.status()).as(mended.body()).isEqualTo(200);
        assertThat(mended.json().get("cardNoMasked").asText()).isEqualTo(newCard.substring(0, 4) + "****"
                + newCard.substring(newCard.length() - 4));
        assertThat(mended.body()).doesNotContain(newCard);
        assertThat(card(member)).isEqualTo(newCard);
        retryPayment(refused.id());

        Api.Reply next = Api.post(OFFICER, "/api/v1/payout-runs", "");
        assertThat(next.status()).as(next.body()).isEqualTo(202);
        long nextRun = next.json().get("id").asLong();
        PayoutFixtures.waitForStatus(nextRun, "GATHERED");
        assertThat(Api.post(ADMIN, "/api/v1/payout-runs/" + nextRun + "/approval", "").status()).isEqualTo(200);
        PayoutFixtures.mendMissingCards(nextRun);
        String nextFile = PayoutFixtures.bankFile(ADMIN, nextRun);
        String[] retried = PayoutFixtures.details(nextFile).stream()
                .filter(d -> d[2].equals("HZ" + nextRun + "-" + refused.id())).findFirst().orElseThrow();
        assertThat(retried[3]).isEqualTo(newCard);
        StringBuilder allPaid = new StringBuilder();
        PayoutFixtures.details(nextFile).forEach(d -> allPaid.append(d[2]).append("|S|N").append(d[1]).append("|\n"));
        assertThat(PayoutFixtures.postResult(ADMIN, nextRun, allPaid.toString()).status()).isEqualTo(202);
        PayoutFixtures.waitForStatus(nextRun, "SETTLED");
        PayoutFixtures.assertConsistent(nextRun);
        assertThat(count("SELECT COUNT(*) FROM claim WHERE status = 'PAID' AND id = " + refused.id())).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM payout_payment WHERE payable_kind = 'CLAIM' AND source_id = "
                + refused.id())).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM payout_payment WHERE status = 'PAID' AND payable_kind = 'CLAIM' AND "
                + "source_id = " + refused.id()))
                .isEqualTo(1);

        assertRunHistory(runId, refused);

        Path log = PayoutFixtures.WLP.resolve("usr/servers/huzhu/logs/messages.log");
        if (Files.exists(log)) {
            assertThat(Files.readString(log)).as("card numbers never in the log").doesNotContain(newCard)
                    .doesNotContain(retried[3]);
        }
    }

    /**
     * The run's own history, listed over the API: every step with who and the run's counters then; the claims'
     * own steps stay in the claims audit trail.
     */
    private static void assertRunHistory(long runId, PayoutFixtures.Claim refused) throws Exception {
        assertThat(Api.get("beijing-grassroots-clerk", "/api/v1/payout-runs/" + runId + "/events").status())
                .isEqualTo(403);
        assertThat(Api.get(ADMIN, "/api/v1/payout-runs/999999999/events").status()).isEqualTo(404);
        Api.Reply reply = Api.get(OFFICER, "/api/v1/payout-runs/" + runId + "/events");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<String> events = new ArrayList<>();
        reply.json().forEach(e -> events.add(e.get("event").asText() + " " + e.get("actor").asText() + " "
                + e.get("statusAfter").asText()));
        assertThat(events).containsExactly("CREATED " + ADMIN + " GATHERING", "GATHERED " + ADMIN + " GATHERED",
                "APPROVED " + OFFICER + " APPROVED", "FILE_ISSUED " + OFFICER + " FILE_ISSUED",
                "RESULT_IMPORTED " + ADMIN + " SETTLED", "SETTLED " + ADMIN + " SETTLED");
        JsonNode settled = reply.json().get(5);
        JsonNode run = PayoutFixtures.run(ADMIN, runId).get("run");
        assertThat(settled.get("paymentCount").asInt()).isEqualTo(run.get("paymentCount").asInt());
        assertThat(settled.get("totalFen").asLong()).isEqualTo(run.get("totalFen").asLong());
        assertThat(settled.get("failedFen").asLong()).isEqualTo(refused.amountFen());
        assertThat(reply.json().get(3).get("fileSha256").asText()).isEqualTo(run.get("fileSha256").asText());
        assertThat(reply.json().get(4).get("importId").asLong()).isPositive();
        List<String> claimSteps = new ArrayList<>();
        try (Connection c = Platform.database(); ResultSet r = c.createStatement().executeQuery("SELECT action FROM "
                + "claim_audit WHERE subject = 'CLAIM' AND subject_id = " + refused.id() + " ORDER BY id")) {
            while (r.next()) {
                claimSteps.add(r.getString(1));
            }
        }
        assertThat(claimSteps).as("the claim's own steps, audited by claims as payouts called it")
                .containsExactly("SCHEDULED", "PAYMENT_FAILED", "PAYMENT_RETRY", "SCHEDULED", "PAID");
    }

    /** Claims puts the claim back to APPROVED once the card is mended ({@code Claims.retryPayment}). */
    private static void retryPayment(long claimId) throws Exception {
        Api.Reply reply = Api.post(ADMIN, "/api/v1/claims/" + claimId + "/payment-retry", "");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(count("SELECT COUNT(*) FROM claim WHERE status = 'APPROVED' AND payout_run_id IS NULL AND id = "
                + claimId)).isEqualTo(1);
    }

    private static List<JsonNode> allPayments(long runId) {
        List<JsonNode> all = new ArrayList<>();
        for (int offset = 0; ; offset += 1_000) {
            Api.Reply reply = Api.get(ADMIN, "/api/v1/payout-runs/" + runId + "?limit=1000&offset=" + offset);
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            reply.json().get("payments").forEach(all::add);
            if (reply.json().get("payments").size() < 1_000) {
                return all;
            }
        }
    }

    private static String card(long memberId) throws Exception {
        try (Connection c = Platform.database(); ResultSet r = c.createStatement().executeQuery(
                "SELECT card_no_cipher FROM member WHERE id = " + memberId)) {
            assertThat(r.next()).isTrue();
            return PROTECTOR.decrypt(r.getBytes(1));
        }
    }

    /** A member outside the grassroots clerk's union BJ-DC-001. */
    private static long outsideMember() throws Exception {
        return count("SELECT MIN(m.id) FROM member m JOIN org_unit u ON u.id = m.org_unit_id WHERE m.tenant_id = '"
                + TENANT + "' AND u.code <> 'BJ-DC-001'");
    }

    private static String snapshot(long runId) throws Exception {
        StringBuilder s = new StringBuilder();
        try (Connection c = Platform.database(); ResultSet r = c.createStatement().executeQuery("SELECT p.id, p.status, "
                + "p.version, c.status, c.version FROM payout_payment p JOIN claim c ON c.id = p.source_id WHERE "
                + "p.payable_kind = 'CLAIM' AND p.run_id = " + runId + " ORDER BY p.id")) {
            while (r.next()) {
                s.append(r.getString(1)).append(r.getString(2)).append(r.getLong(3)).append(r.getString(4))
                        .append(r.getLong(5)).append(';');
            }
        }
        s.append(count("SELECT version FROM payout_run WHERE id = " + runId));
        s.append('/').append(count("SELECT COUNT(*) FROM payout_run_event WHERE run_id = " + runId));
        return s.toString();
    }

    private static String in(List<PayoutFixtures.Claim> claims) {
        return "(" + String.join(",", claims.stream().map(c -> Long.toString(c.id())).toList()) + ")";
    }
}
