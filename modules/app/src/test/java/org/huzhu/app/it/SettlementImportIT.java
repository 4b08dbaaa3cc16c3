package org.huzhu.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.huzhu.kernel.identity.Gender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The medical-insurance settlement file on the real server: members enrolled in secondary reimbursement the way
 * users do it, a file with good and bad lines; exactly the good lines become claims, valued by the plan engine,
 * a member without that plan is rejected with NO_ENROLMENT, the bad lines are reported with line, field and rule,
 * the claims show on the member's page, and the same file imported again makes nothing.
 */
class SettlementImportIT {

    private static final String OFFICER = "beijing-claims-officer";

    @AfterAll
    static void restore() throws Exception {
        ClaimsIT.restorePolicy();
    }

    @Test
    void a_settlement_file_makes_checked_and_valued_claims_once() throws Exception {
        ClaimsIT.reviewPercent(0);
        int seed = (int) (System.currentTimeMillis() / 1000 % 9_000) + 500;
        ClaimFixture enrolled = new ClaimFixture(seed, "secondary-reimbursement", "inpatient-medical");
        ClaimFixture notEnrolled = new ClaimFixture(seed + 1);
        String a0 = idOf(seed, 0);
        String a1 = idOf(seed, 1);
        String a2 = idOf(seed, 2);
        String b0 = idOf(seed + 1, 0);
        String stranger = EnrolmentList.person(seed + 7_777, 3, Gender.MALE);
        LocalDate admission = LocalDate.now().minusDays(20);
        admission = admission.isBefore(LocalDate.parse(ClaimFixture.TERM)) ? LocalDate.parse(ClaimFixture.TERM) : admission;
        String in = admission.toString();
        String out = admission.plusDays(5).toString();
        String settled = admission.plusDays(6).toString();
        String prefix = "JS" + seed + "-";
        String badId = a0.substring(0, 17) + (a0.charAt(17) == '0' ? '1' : '0');
        String csv = "结算单号,身份证号,姓名,医院,入院日期,出院日期,医疗总费用,基本医保支付,个人自付,结算日期\n"
                + prefix + "1," + a0 + ",理赔甲,北京协和医院," + in + "," + out + ",12000.00,6800.00,5200.00," + settled + "\n"
                + prefix + "2," + a1 + ",理赔乙,北京协和医院," + in + "," + out + ",2000.00,1200.00,800.00," + settled + "\n"
                + prefix + "3," + badId + ",理赔甲,北京协和医院," + in + "," + out + ",100.00,50.00,50.00," + settled + "\n"
                + prefix + "4," + stranger + ",路人,北京协和医院," + in + "," + out + ",100.00,50.00,50.00," + settled + "\n"
                + prefix + "5," + b0 + ",理赔甲,北京协和医院," + in + "," + out + ",3000.00,1000.00,2000.00," + settled + "\n"
                + prefix + "6," + a1 + ",理赔乙,北京协和医院," + in + "," + out + ",abc,1200.00,800.00," + settled + "\n"
                + stays(prefix, a2, in, out, settled);

        JsonNode first = importFile(csv);
        assertThat(first.get("status").asText()).as(first.toString()).isEqualTo("DONE");
        assertThat(first.get("totalLines").asInt()).isEqualTo(10);
        assertThat(first.get("progress").asDouble()).isEqualTo(1.0);
        assertThat(first.get("claimsCreated").asInt()).as(first.toString()).isEqualTo(7);
        assertThat(first.get("approved").asInt()).isEqualTo(5);
        assertThat(first.get("rejected").asInt()).isEqualTo(2);
        assertThat(first.get("badLines").asInt()).isEqualTo(3);
        // By hand from tenant-config/beijing/plans/secondary-reimbursement.yaml: deductible 200.00, then 50% up to
        // 10,000: (5,200.00 - 200.00) x 50% = 2,500.00 and (800.00 - 200.00) x 50% = 300.00; the four stays of
        // 40,200.00 self-paid: 5,000.00 + 60% of 30,000.00 = 23,000.00, capped at 20,000.00 a claim, then the
        // yearly cap of 50,000.00 leaves 10,000.00 for the third and nothing for the fourth.
        assertThat(first.get("approvedAmount").asText()).isEqualTo("52800.00");

        Map<Integer, String> errors = new HashMap<>();
        Map<Integer, String> english = new HashMap<>();
        Api.get(OFFICER, "/api/v1/settlement-imports/" + first.get("id").asLong() + "/errors").json().forEach(e -> {
            errors.put(e.get("line").asInt(), e.get("field").asText() + "/" + e.get("rule").asText());
            english.put(e.get("line").asInt(), e.get("en").asText());
            assertThat(e.get("message").asText()).as("Chinese").containsPattern("\\p{IsHan}").doesNotContain(" / ");
        });
        assertThat(english).containsEntry(5, "the national ID is not a member of this office");
        assertThat(errors).containsOnly(Map.entry(4, "idNumber/ID_NUMBER"), Map.entry(5, "idNumber/UNKNOWN_MEMBER"),
                Map.entry(7, "totalCost/AMOUNT"));

        JsonNode a0Claim = settlementClaim(enrolled.members.get(0), prefix + "1");
        assertThat(a0Claim.get("status").asText()).isEqualTo("APPROVED");
        assertThat(a0Claim.get("assessed").asText()).isEqualTo("2500.00");
        assertThat(a0Claim.get("approved").asText()).isEqualTo("2500.00");
        assertThat(a0Claim.get("planCode").asText()).isEqualTo("secondary-reimbursement");
        assertThat(a0Claim.get("facts").get("selfPaid").asText()).isEqualTo("5200.00");
        assertThat(a0Claim.get("explanation")).isNotEmpty();
        assertThat(a0Claim.get("dueDate").asText()).isGreaterThan(LocalDate.now().toString());
        assertThat(settlementClaim(enrolled.members.get(1), prefix + "2").get("approved").asText()).isEqualTo("300.00");
        JsonNode rejected = settlementClaim(notEnrolled.members.get(0), prefix + "5");
        assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get("reasonCode").asText()).isEqualTo("NO_ENROLMENT");
        assertThat(settlementClaim(enrolled.members.get(2), prefix + "7").get("approved").asText()).isEqualTo("20000.00");
        assertThat(settlementClaim(enrolled.members.get(2), prefix + "8").get("approved").asText()).isEqualTo("20000.00");
        assertThat(settlementClaim(enrolled.members.get(2), prefix + "9").get("approved").asText()).isEqualTo("10000.00");
        assertThat(settlementClaim(enrolled.members.get(2), prefix + "10").get("reasonCode").asText())
                .isEqualTo("CAP_REACHED");
        JsonNode audit = Api.get(OFFICER, "/api/v1/claims/" + a0Claim.get("id").asLong() + "/audit").json();
        List<String> actions = new ArrayList<>();
        audit.forEach(a -> actions.add(a.get("action").asText() + ">" + a.get("statusAfter").asText()));
        assertThat(actions).containsExactly("IMPORTED>APPROVED");
        assertThat(audit.get(0).get("detailCode").asText()).isEqualTo("IMPORTED");
        assertThat(audit.get(0).get("en").asText()).startsWith("settlement import " + prefix + "1, due ");
        assertThat(audit.get(0).get("zh").asText()).startsWith("医保结算 " + prefix + "1，应于 ");

        JsonNode second = importFile(csv);
        assertThat(second.get("claimsCreated").asInt()).as(second.toString()).isZero();
        assertThat(second.get("alreadyImported").asInt()).isEqualTo(7);
        assertThat(EnrolmentImportIT.count("SELECT COUNT(*) FROM claim WHERE tenant_id = 'beijing' AND source_ref LIKE '"
                + prefix + "%'")).isEqualTo(7);
        assertThat(EnrolmentImportIT.count("SELECT COUNT(*) FROM claim_receipt WHERE tenant_id = 'beijing' AND kind = "
                + "'INVOICE' AND receipt_key LIKE '" + prefix + "%'")).isEqualTo(5);
    }

    @Test
    void only_the_office_imports_and_a_wrong_header_names_line_1() {
        Api.Reply clerk = upload("beijing-agency-clerk", "结算单号\nX\n");
        assertThat(clerk.status()).isEqualTo(403);
        Api.Reply header = upload(OFFICER, "姓名,身份证号\n张三,1\n");
        assertThat(header.status()).isEqualTo(400);
        assertThat(header.json().get("code").asText()).isEqualTo("claims.settlement.refused.header");
        assertThat(header.json().get("field").asText()).isEqualTo("file");
        assertThat(header.json().get("detail").asText()).as("Chinese unless English is asked for")
                .isEqualTo(header.json().get("zh").asText()).startsWith("第1行").doesNotContain(" / ");
        assertThat(header.json().get("en").asText()).startsWith("line 1: the header must be settlementNo,");
        Api.Reply empty = upload(OFFICER, "");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("code").asText()).isEqualTo("claims.settlement.refused.empty");
        assertThat(empty.json().get("en").asText()).isEqualTo("The file is empty");
    }

    /** Four stays of one member, each above the per-claim cap: the caps count the claims of the same file. */
    private static String stays(String prefix, String id, String in, String out, String settled) {
        StringBuilder lines = new StringBuilder();
        for (int i = 7; i <= 10; i++) {
            lines.append(prefix).append(i).append(',').append(id).append(",理赔丙,北京协和医院,").append(in).append(',')
                    .append(out).append(",60000.00,19800.00,40200.00,").append(settled).append('\n');
        }
        return lines.toString();
    }

    private static String idOf(int seed, int i) {
        return EnrolmentList.person(seed, i, i % 2 == 0 ? Gender.MALE : Gender.FEMALE);
    }

    private static Api.Reply upload(String user, String csv) {
        return EnrolmentImportIT.send(user, "POST", "/api/v1/settlement-imports?fileName=settlement.csv",
                HttpRequest.BodyPublishers.ofByteArray(csv.getBytes(StandardCharsets.UTF_8)), "text/csv");
    }

    private static JsonNode importFile(String csv) throws InterruptedException {
        Api.Reply reply = upload(OFFICER, csv);
        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        long id = reply.json().get("id").asLong();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode job = Api.get(OFFICER, "/api/v1/settlement-imports/" + id).json();
            String status = job.get("status").asText();
            if (status.equals("DONE") || status.equals("FAILED")) {
                return job;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("settlement import " + id + " did not finish");
    }

    private static JsonNode settlementClaim(long member, String settlementNo) {
        Api.Reply reply = Api.get(OFFICER, "/api/v1/members/" + member + "/claims");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        for (JsonNode claim : reply.json()) {
            if ("SETTLEMENT".equals(claim.get("channel").asText())
                    && settlementNo.equals(claim.get("facts").get("invoiceNo").asText())) {
                return claim;
            }
        }
        throw new AssertionError("no settlement claim " + settlementNo + " for member " + member + ": " + reply.body());
    }
}
