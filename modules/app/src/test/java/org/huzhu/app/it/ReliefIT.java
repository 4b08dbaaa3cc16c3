package org.huzhu.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huzhu.kernel.identity.Gender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Relief on the real server: the hardship register over HTTP (one file per household, masked IDs, the clerk's
 * subtree, history, closure) and a secondary-aid run over a few thousand settlement claims whose total equals a
 * sum the test works out on its own from the claim table with its own band arithmetic.
 */
class ReliefIT {

    private static final String CLERK = "beijing-agency-clerk";
    private static final String ADMIN = "beijing-admin";
    private static final String OFFICER = "beijing-claims-officer";
    private static final String PLAN = "secondary-reimbursement";
    private static final int MEMBERS = 400;

    private static int seed;
    private static final List<String> ids = new ArrayList<>();
    private static final Map<Integer, Long> memberOf = new HashMap<>();
    private static int claims;

    @BeforeAll
    static void enrolledMembersWithSettlementClaims() throws Exception {
        Platform.awaitReady();
        ClaimsIT.reviewPercent(0);
        seed = 20_000 + (int) (System.currentTimeMillis() / 1000 % 9_000);
        long union = ClaimFixture.newUnion("救助测试工会" + seed, MEMBERS);
        StringBuilder list = new StringBuilder("姓名,身份证号,手机号,会员卡号,保障计划,份数\n");
        for (int i = 0; i < MEMBERS; i++) {
            String id = EnrolmentList.person(seed, i, i % 2 == 0 ? Gender.MALE : Gender.FEMALE);
            ids.add(id);
            // secondary reimbursement costs no fee of its own: inpatient medical makes the list one to pay
            for (String plan : List.of(PLAN, "inpatient-medical")) {
                list.append("救助").append(i).append(',').append(id).append(",138")
                        .append(String.format("%08d", seed * 1_000 + i)).append(",62150000")
                        .append(String.format("%011d", seed * 1_000L + i)).append(',').append(plan).append(",1\n");
            }
        }
        long job = EnrolmentImportIT.upload(CLERK, union, ClaimFixture.TERM,
                list.toString().getBytes(StandardCharsets.UTF_8)).get("id").asLong();
        assertThat(EnrolmentImportIT.waitFor(CLERK, job, "CHECKED").get("badRows").asInt()).isZero();
        EnrolmentImportIT.post(CLERK, "/api/v1/enrolment-imports/" + job + "/submission");
        JsonNode submitted = EnrolmentImportIT.waitFor(CLERK, job, "SUBMITTED");
        EnrolmentImportIT.pay(job, submitted.get("fee").asText(), ClaimFixture.TERM);
        for (int i = 0; i < 8; i++) {
            memberOf.put(i, EnrolmentImportIT.memberId(ids.get(i)));
        }
        importSettlements();
    }

    /** Today where the tenant is (the register's days are the office's, Asia/Shanghai), not where the test runs. */
    private static LocalDate tenantToday() {
        return LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    }

    @AfterAll
    static void restore() throws Exception {
        ClaimsIT.restorePolicy();
    }

    /** One to eight hospital stays per member, self-paid amounts spread over every band. */
    private static void importSettlements() throws InterruptedException {
        LocalDate first = LocalDate.now().minusDays(40);
        first = first.isBefore(LocalDate.parse(ClaimFixture.TERM)) ? LocalDate.parse(ClaimFixture.TERM) : first;
        StringBuilder csv = new StringBuilder("结算单号,身份证号,姓名,医院,入院日期,出院日期,医疗总费用,基本医保支付,个人自付,结算日期\n");
        for (int i = 0; i < MEMBERS; i++) {
            for (int j = 0; j <= i % 8; j++) {
                long selfPaid = 30_000 + (i * 3_719L + j * 10_007L) % 1_500_000;
                LocalDate in = first.plusDays(j);
                csv.append("JZ").append(seed).append('-').append(i).append('-').append(j).append(',').append(ids.get(i))
                        .append(",救助").append(i).append(",北京协和医院,").append(in).append(',').append(in.plusDays(2))
                        .append(',').append(yuan(2 * selfPaid)).append(',').append(yuan(selfPaid)).append(',')
                        .append(yuan(selfPaid)).append(',').append(in.plusDays(3)).append('\n');
                claims++;
            }
        }
        Api.Reply reply = EnrolmentImportIT.send(OFFICER, "POST", "/api/v1/settlement-imports?fileName=relief.csv",
                HttpRequest.BodyPublishers.ofByteArray(csv.toString().getBytes(StandardCharsets.UTF_8)), "text/csv");
        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        long id = reply.json().get("id").asLong();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode job = Api.get(OFFICER, "/api/v1/settlement-imports/" + id).json();
            if (job.get("status").asText().equals("DONE")) {
                assertThat(job.get("claimsCreated").asInt()).as(job.toString()).isEqualTo(claims);
                return;
            }
            assertThat(job.get("status").asText()).as(job.toString()).isNotEqualTo("FAILED");
            Thread.sleep(500);
        }
        throw new AssertionError("settlement import " + id + " did not finish");
    }

    // --- the hardship register ---

    private static String person(String name, String relation, String id, long incomeFen) {
        return "{\"name\":\"" + name + "\",\"relation\":\"" + relation + "\",\"idNumber\":\"" + id
                + "\",\"health\":\"CHRONIC_ILLNESS\",\"incomeFen\":" + incomeFen + ",\"occupation\":\"SCHOOL\"}";
    }

    private static Api.Reply file(long member, String... household) {
        return Api.post(CLERK, "/api/v1/hardship-households", "{\"memberId\":" + member + ",\"means\":{"
                + "\"householdIncomeFen\":3000000,\"fixedCostsFen\":200000,\"illnessCostsFen\":0,"
                + "\"causes\":[\"ILLNESS\",\"SCHOOLING\"]},\"modelWorker\":false,\"household\":["
                + String.join(",", household) + "]}");
    }

    @Test
    void a_household_has_one_file_seen_masked_within_the_clerks_subtree_with_its_history() throws Exception {
        String child = EnrolmentList.person(seed + 1, 1, Gender.FEMALE);
        Api.Reply filed = file(memberOf.get(0), person("救助子女", "CHILD", child, 0));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        JsonNode first = filed.json();
        long fileId = first.get("id").asLong();
        // (30,000.00 - 2,000.00) / 12 / 2 = 1,166.66 a head a month, below the 1,470.00 line
        assertThat(first.get("category").asText()).isEqualTo("DEEP");
        assertThat(first.get("incomePerHeadMonthFen").asLong()).isEqualTo(116_666);
        assertThat(first.get("householdSize").asInt()).isEqualTo(2);
        assertThat(filed.body()).doesNotContain(child).contains(child.substring(0, 6) + "********" + child.substring(14));

        // the same member again, a household naming the child, a household naming the member: refused naming file 1
        for (Api.Reply second : List.of(file(memberOf.get(0)),
                file(memberOf.get(1), person("同一子女", "CHILD", child, 0)),
                file(memberOf.get(2), person("户主本人", "SPOUSE", ids.get(0), 100_000)))) {
            assertThat(second.status()).as(second.body()).isEqualTo(409);
            assertThat(second.json().get("code").asText()).isEqualTo("relief.refused.secondFile");
            assertThat(second.json().get("detail").asText()).contains(String.valueOf(fileId));
        }
        // a member listed in another household's file holds no file of their own
        assertThat(file(memberOf.get(3), person("成员四", "SIBLING", ids.get(4), 0)).status()).isEqualTo(201);
        assertThat(file(memberOf.get(4)).status()).isEqualTo(409);
        // a bad ID, an ID twice in one household: 400 naming the field
        String badId = child.substring(0, 17) + (child.charAt(17) == '0' ? '1' : '0');
        Api.Reply bad = file(memberOf.get(5), person("甲", "CHILD", badId, 0));
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.json().get("field").asText()).isEqualTo("household[0].idNumber");
        String other = EnrolmentList.person(seed + 1, 2, Gender.MALE);
        Api.Reply twice = file(memberOf.get(5), person("乙", "CHILD", other, 0), person("乙", "CHILD", other, 0));
        assertThat(twice.status()).as(twice.body()).isEqualTo(400);
        assertThat(twice.json().get("field").asText()).isEqualTo("household[1].idNumber");

        assertThat(Api.get("beijing-grassroots-clerk", "/api/v1/hardship-households/" + fileId).status()).isEqualTo(404);
        assertThat(Api.get("beijing-grassroots-clerk", "/api/v1/hardship-households").body()).doesNotContain("\"id\":" + fileId + ",");
        JsonNode read = Api.get(ADMIN, "/api/v1/hardship-households/" + fileId).json();
        assertThat(read.get("household").get(0).get("idNumberMasked").asText()).endsWith(child.substring(14));

        assertThat(Api.post(CLERK, "/api/v1/hardship-households/" + fileId + "/measures", "{\"kind\":\"STUDY_AID\","
                + "\"takenOn\":\"" + tenantToday() + "\",\"amountFen\":300000,\"note\":\"助学\"}").status()).isEqualTo(200);
        assertThat(Api.post(CLERK, "/api/v1/hardship-households/" + fileId + "/visits", "{\"visitedOn\":\""
                + tenantToday() + "\",\"note\":\"入户走访\"}").status()).isEqualTo(200);
        Api.Reply dueNextYear = Api.get(CLERK, "/api/v1/hardship-households/reviews-due?on=" + tenantToday().plusYears(1));
        assertThat(dueNextYear.body()).contains("\"id\":" + fileId + ",");
        assertThat(Api.get(CLERK, "/api/v1/hardship-households/reviews-due").body()).doesNotContain("\"id\":" + fileId + ",");

        Api.Reply closed = Api.post(CLERK, "/api/v1/hardship-households/" + fileId + "/closure", "{\"outOn\":\""
                + tenantToday() + "\",\"reason\":\"FOUND_WORK\"}");
        assertThat(closed.json().get("status").asText()).isEqualTo("OUT_OF_HARDSHIP");
        assertThat(Api.post(CLERK, "/api/v1/hardship-households/" + fileId + "/visits", "{\"visitedOn\":\""
                + tenantToday() + "\"}").status()).isEqualTo(409);
        List<String> actions = new ArrayList<>();
        Api.get(CLERK, "/api/v1/hardship-households/" + fileId + "/history").json()
                .forEach(e -> actions.add(e.get("action").asText()));
        assertThat(actions).containsExactly("FILED", "MEASURE", "VISITED", "CLOSED");
        // a closed file is still the household's one file
        assertThat(file(memberOf.get(0)).status()).isEqualTo(409);
        try (Connection c = Platform.database(); PreparedStatement s = c.prepareStatement(
                "UPDATE hardship_event SET actor = 'x' WHERE file_id = ?")) {
            s.setLong(1, fileId);
            assertThat(org.assertj.core.api.Assertions.catchThrowable(s::executeUpdate))
                    .as("the history is append only").isNotNull();
        }
    }

    // --- secondary aid ---

    private static final String BANDS = "[{\"fromFen\":100000,\"toFen\":500000,\"sharePercent\":20},"
            + "{\"fromFen\":500000,\"toFen\":2000000,\"sharePercent\":30,\"capFen\":300000},"
            + "{\"fromFen\":2000000,\"amountFen\":500000}]";

    /** The test's own arithmetic of the bands above, plus 500.00 for every hardship household, at most 6,000.00. */
    private static long expectedAid(long remaining, boolean hardship) {
        long aid;
        if (remaining < 100_000) {
            aid = 0;
        } else if (remaining < 500_000) {
            aid = share(remaining, "0.2");
        } else if (remaining < 2_000_000) {
            aid = Math.min(300_000, share(remaining, "0.3"));
        } else {
            aid = 500_000;
        }
        if (hardship) {
            aid += 50_000; // the hardship band starts at 0: a hardship household is helped below the base bands too
        }
        return Math.min(aid, 600_000);
    }

    private static long share(long fen, String rate) {
        return new java.math.BigDecimal(fen).multiply(new java.math.BigDecimal(rate))
                .setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }

    private static JsonNode defineRun(String name, long budgetFen) {
        Api.Reply reply = Api.post(ADMIN, "/api/v1/aid-runs", "{\"name\":\"" + name + "\",\"claimsFrom\":\""
                + ClaimFixture.TERM + "\",\"claimsTo\":\"" + LocalDate.now() + "\",\"planCodes\":[\"" + PLAN
                + "\"],\"bands\":" + BANDS + ",\"extraBands\":[{\"group\":\"HARDSHIP\",\"bands\":[{\"fromFen\":0,"
                + "\"amountFen\":50000}]}],\"memberCapFen\":600000,\"budgetFen\":" + budgetFen + "}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    @Test
    void an_aid_run_over_the_claims_pays_what_an_independent_sum_says_once_per_member_approved_by_a_second_person()
            throws Exception {
        // a hardship household among the claimants (the register test may close its own file)
        assertThat(file(memberOf.get(6)).status()).isIn(201, 409);
        long run = defineRun("二次救助 " + seed, 10_000_000_000L).get("id").asLong();
        Api.Reply computed = Api.post(ADMIN, "/api/v1/aid-runs/" + run + "/computation", "");
        assertThat(computed.status()).as(computed.body()).isEqualTo(200);

        long[] expected = independentSum();
        JsonNode totals = computed.json();
        System.out.printf("aid run %d over %d claims of this test (all of the window: %d members): %d lines, %d fen%n",
                run, claims, expected[2], totals.get("lines").asInt(), totals.get("totalWithinBudgetFen").asLong());
        assertThat(totals.get("totalWithinBudgetFen").asLong()).isEqualTo(expected[0]);
        assertThat(totals.get("lines").asInt()).isEqualTo((int) expected[1]);
        assertThat(totals.get("linesCut").asInt()).isZero();
        assertThat(expected[1]).isGreaterThan(MEMBERS / 2);

        List<String> before = lines(run);
        Api.Reply again = Api.post(ADMIN, "/api/v1/aid-runs/" + run + "/computation", "");
        assertThat(again.json().get("totalWithinBudgetFen").asLong()).isEqualTo(expected[0]);
        assertThat(lines(run)).as("re-running a computed run gives the same figures").isEqualTo(before);
        assertThat(new HashSet<>(before.stream().map(l -> l.split(":")[1]).toList())).hasSize(before.size());

        Api.Reply self = Api.post(ADMIN, "/api/v1/aid-runs/" + run + "/approval", "");
        assertThat(self.status()).as(self.body()).isEqualTo(409);
        assertThat(self.json().get("code").asText()).isEqualTo("relief.refused.sameApprover");
        Api.Reply approved = Api.post(OFFICER, "/api/v1/aid-runs/" + run + "/approval", "");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asText()).isEqualTo("APPROVED");
        assertThat(Api.post(ADMIN, "/api/v1/aid-runs/" + run + "/computation", "").status()).isEqualTo(409);
        JsonNode line = Api.get(OFFICER, "/api/v1/aid-runs/" + run + "/lines?limit=1").json().get(0);
        assertThat(line.get("status").asText()).isEqualTo("APPROVED");
        assertThat(line.get("working").get(0).get("code").asText()).isEqualTo("REMAINING");
    }

    @Test
    void a_short_budget_pays_down_the_priority_order_and_cuts_the_rest() {
        long run = defineRun("预算不足 " + seed, 10_000_000_000L).get("id").asLong();
        Api.post(ADMIN, "/api/v1/aid-runs/" + run + "/computation", "");
        JsonNode all = Api.get(ADMIN, "/api/v1/aid-runs/" + run + "/lines?limit=3").json();
        long three = 0;
        for (JsonNode l : all) {
            three += l.get("aidFen").asLong();
        }
        long shortRun = defineRun("预算不足 " + seed + " B", three + 1).get("id").asLong();
        JsonNode computed = Api.post(ADMIN, "/api/v1/aid-runs/" + shortRun + "/computation", "").json();
        assertThat(computed.get("linesWithinBudget").asInt()).isEqualTo(3);
        assertThat(computed.get("totalWithinBudgetFen").asLong()).isEqualTo(three);
        JsonNode fourth = Api.get(ADMIN, "/api/v1/aid-runs/" + shortRun + "/lines?offset=3&limit=1").json().get(0);
        assertThat(fourth.get("withinBudget").asBoolean()).isFalse();
        assertThat(fourth.get("status").asText()).isEqualTo("CUT");
    }

    private static List<String> lines(long run) {
        List<String> lines = new ArrayList<>();
        for (int offset = 0; ; offset += 1_000) {
            JsonNode page = Api.get(ADMIN, "/api/v1/aid-runs/" + run + "/lines?limit=1000&offset=" + offset).json();
            page.forEach(l -> lines.add(l.get("position").asInt() + ":" + l.get("memberId").asLong() + ":"
                    + l.get("aidFen").asLong() + ":" + l.get("withinBudget").asBoolean()));
            if (page.size() < 1_000) {
                return lines;
            }
        }
    }

    /** {total fen, members with aid, members with claims}, from the claim and hardship tables by plain SQL. */
    private static long[] independentSum() throws Exception {
        Set<Long> hardship = new HashSet<>();
        long total = 0;
        long aided = 0;
        long members = 0;
        try (Connection c = Platform.database()) {
            try (PreparedStatement s = c.prepareStatement("SELECT member_id FROM hardship_file WHERE tenant_id = "
                    + "'beijing' AND status = 'IN_HARDSHIP'"); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    hardship.add(r.getLong(1));
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT member_id, SUM(self_paid_fen), SUM(COALESCE("
                    + "approved_fen, 0)) FROM claim WHERE tenant_id = 'beijing' AND plan_code = ? AND event_date "
                    + "BETWEEN ? AND ? AND status IN ('APPROVED', 'SCHEDULED', 'PAID') AND self_paid_fen IS NOT NULL "
                    + "GROUP BY member_id")) {
                s.setString(1, PLAN);
                s.setObject(2, LocalDate.parse(ClaimFixture.TERM));
                s.setObject(3, LocalDate.now());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        members++;
                        long aid = expectedAid(Math.max(0, r.getLong(2) - r.getLong(3)), hardship.contains(r.getLong(1)));
                        total += aid;
                        aided += aid > 0 ? 1 : 0;
                    }
                }
            }
        }
        return new long[] {total, aided, members};
    }

    private static String yuan(long fen) {
        return fen / 100 + "." + String.format("%02d", fen % 100);
    }
}
