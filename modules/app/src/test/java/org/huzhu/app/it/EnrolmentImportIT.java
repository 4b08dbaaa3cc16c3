package org.huzhu.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.huzhu.kernel.pii.PersonalDataProtector;
import org.junit.jupiter.api.Test;

/**
 * A grassroots clerk's list of 10,000 rows, some hundreds of them bad, through the running server: exactly
 * the bad rows are reported, exactly the good ones enrolled, a second upload enrols nobody twice, and a
 * server killed in the middle of enrolling resumes after its restart with every row enrolled once.
 */
class EnrolmentImportIT {

    static final String CLERK = "beijing-grassroots-clerk";
    static final String AGENCY_CLERK = "beijing-agency-clerk";
    static final Duration JOB_TIMEOUT = Duration.ofMinutes(4);

    @Test
    void ten_thousand_rows_enrol_exactly_the_good_ones_and_a_second_upload_enrols_nobody_twice() throws Exception {
        long union = unionId("BJ-DC-001");
        EnrolmentList list = new EnrolmentList(10_000, 25, 1);
        JsonNode job = upload(CLERK, union, "2027-01-01", list.bytes());
        long id = job.get("id").asLong();
        JsonNode checked = waitFor(CLERK, id, "CHECKED");
        assertThat(checked.get("totalRows").asInt()).isEqualTo(10_000);
        assertThat(checked.get("badRows").asInt()).isEqualTo(list.bad.size()).isGreaterThan(300);
        assertThat(checked.get("goodRows").asInt()).isEqualTo(list.goodRows());

        Map<Integer, Set<String>> reported = reportedRules(CLERK, id);
        assertThat(reported.keySet()).containsExactlyElementsOf(new TreeSet<>(list.bad.keySet()));
        list.bad.forEach((row, fault) -> assertThat(reported.get(row)).as("row " + row)
                .anyMatch(ruleAndField -> ruleAndField.endsWith(":" + fault.field)));
        assertThat(Api.get(CLERK, "/api/v1/enrolment-imports/" + id + "/errors?limit=1000").body())
                .doesNotContain(list.allIds.get(0)).doesNotContain("13900000001");

        JsonNode submitted = post(CLERK, "/api/v1/enrolment-imports/" + id + "/submission");
        assertThat(submitted.get("status").asText()).isIn("SUBMITTING", "SUBMITTED");
        JsonNode done = waitFor(CLERK, id, "SUBMITTED");
        assertThat(done.get("enrolledRows").asInt()).isEqualTo(list.goodRows());
        assertThat(count("SELECT COUNT(*) FROM enrolment WHERE import_id = " + id)).isEqualTo(list.goodRows());
        assertThat(count("SELECT COUNT(*) FROM enrolment WHERE import_id = " + id + " AND cover_start IS NULL"))
                .as("no cover before the fee is paid").isEqualTo(list.goodRows());

        JsonNode again = upload(CLERK, union, "2027-01-01", list.bytes());
        JsonNode rechecked = waitFor(CLERK, again.get("id").asLong(), "CHECKED");
        assertThat(rechecked.get("goodRows").asInt()).isZero();
        assertThat(reportedRules(CLERK, again.get("id").asLong()).values())
                .anyMatch(rules -> rules.contains("ALREADY_ENROLLED:idNumber"));
        Api.Reply refused = send(CLERK, "POST", "/api/v1/enrolment-imports/" + again.get("id").asLong() + "/submission",
                HttpRequest.BodyPublishers.noBody(), null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(count("SELECT COUNT(*) FROM enrolment e JOIN enrolment_import i ON i.id = e.import_id "
                + "WHERE i.union_id = " + union + " AND e.term_start = '2027-01-01'")).isEqualTo(list.goodRows());
        assertThat(count("SELECT COUNT(*) FROM (SELECT member_id, plan_code FROM enrolment WHERE term_start = "
                + "'2027-01-01' GROUP BY member_id, plan_code HAVING COUNT(*) > 1) d")).isZero();
    }

    @Test
    void each_enrolled_member_gets_a_notice_and_cover_starts_when_the_fee_is_paid_in_full() throws Exception {
        long union = unionId("BJ-DC-003");
        EnrolmentList list = new EnrolmentList(2_100, 0, 3);
        long id = upload(AGENCY_CLERK, union, "2027-01-01", list.bytes()).get("id").asLong();
        waitFor(AGENCY_CLERK, id, "CHECKED");
        assertThat(Api.get(AGENCY_CLERK, "/api/v1/enrolment-imports/" + id + "/fee-statement").status()).isEqualTo(200);
        post(AGENCY_CLERK, "/api/v1/enrolment-imports/" + id + "/submission");
        JsonNode enrolled = waitFor(AGENCY_CLERK, id, "SUBMITTED");
        java.math.BigDecimal fee = new java.math.BigDecimal(enrolled.get("fee").asText());
        assertThat(send(AGENCY_CLERK, "POST", "/api/v1/enrolment-imports/" + id + "/payments",
                HttpRequest.BodyPublishers.ofString("{\"amount\":\"1.00\",\"paidOn\":\"2026-12-01\"}"),
                "application/json").status()).as("only the city office records payments").isEqualTo(403);
        JsonNode part = pay(id, "1.00", "2026-12-01");
        assertThat(part.get("coverStart").isNull()).isTrue();
        JsonNode full = pay(id, fee.subtract(java.math.BigDecimal.ONE).toPlainString(), "2027-02-03");
        assertThat(full.get("paid").asText()).isEqualTo(fee.toPlainString());
        assertThat(full.get("coverStart").asText()).isEqualTo("2027-02-03");
        long member = memberId(list.goodIds.get(0));
        JsonNode cover = Api.get(AGENCY_CLERK, "/api/v1/members/" + member + "/enrolments").json();
        assertThat(cover).anySatisfy(c -> {
            assertThat(c.get("termStart").asText()).isEqualTo("2027-01-01");
            assertThat(c.get("paid").asBoolean()).isTrue();
            assertThat(c.get("coverStart").asText()).isEqualTo("2027-02-03");
        });
        assertThat(Api.get("baoji-admin", "/api/v1/members/" + member + "/enrolments").status()).isEqualTo(404);

        String first = list.goodIds.get(0);
        String masked = first.substring(0, 3) + "***********" + first.substring(14);
        Path log = smsLog();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && !(Files.exists(log) && Files.readString(log).contains(masked))) {
            Thread.sleep(500);
        }
        String sent = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(sent).contains(masked).contains("已参加");
        list.allIds.forEach(clear -> assertThat(sent).doesNotContain(clear));
        assertThat(sent).doesNotContain("13900300000");
    }

    @Test
    void a_list_below_the_participation_rule_is_refused_with_the_reason() throws Exception {
        long union = unionId("BJ-DC-002");
        EnrolmentList list = new EnrolmentList(3, 0, 4);
        long id = upload(AGENCY_CLERK, union, "2027-01-01", list.bytes()).get("id").asLong();
        waitFor(AGENCY_CLERK, id, "CHECKED");
        Api.Reply refused = send(AGENCY_CLERK, "POST", "/api/v1/enrolment-imports/" + id + "/submission",
                HttpRequest.BodyPublishers.noBody(), null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asText()).contains("60%");
        assertThat(count("SELECT COUNT(*) FROM enrolment WHERE import_id = " + id)).isZero();
    }

    @Test
    void a_clerk_of_another_city_sees_no_list_of_beijing() throws Exception {
        long union = unionId("BJ-DC-001");
        long id = upload(CLERK, union, "2027-06-01", new EnrolmentList(2, 0, 5).bytes()).get("id").asLong();
        assertThat(Api.get("baoji-grassroots-clerk", "/api/v1/enrolment-imports/" + id).status()).isEqualTo(404);
        assertThat(Api.get("baoji-admin", "/api/v1/enrolment-imports/" + id + "/errors").status()).isEqualTo(404);
    }

    @Test
    void a_bad_header_is_refused_at_once_naming_line_one() {
        Api.Reply reply = send(CLERK, "POST", "/api/v1/enrolment-imports?unionId=" + unionIdUnchecked("BJ-DC-001")
                + "&termStart=2027-01-01", HttpRequest.BodyPublishers.ofString("姓名,电话\n王伟,138\n"), "text/csv");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("detail").asText()).contains("line 1");
    }

    // --- helpers shared with the crash test ---

    static JsonNode pay(long id, String amount, String paidOn) {
        Api.Reply reply = send("beijing-admin", "POST", "/api/v1/enrolment-imports/" + id + "/payments",
                HttpRequest.BodyPublishers.ofString("{\"amount\":\"" + amount + "\",\"paidOn\":\"" + paidOn
                        + "\",\"reference\":\"BANK-" + paidOn + "\"}"), "application/json");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    static long memberId(String idNumber) throws SQLException {
        try (Connection c = Platform.database();
             PreparedStatement s = c.prepareStatement("SELECT id FROM member WHERE tenant_id = 'beijing' "
                     + "AND id_number_hash = ?")) {
            s.setBytes(1, idHash(idNumber));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    static JsonNode upload(String user, long union, String termStart, byte[] csv) {
        Api.Reply reply = send(user, "POST", "/api/v1/enrolment-imports?unionId=" + union + "&termStart=" + termStart
                + "&fileName=list.csv", HttpRequest.BodyPublishers.ofByteArray(csv), "text/csv");
        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        return reply.json();
    }

    static JsonNode post(String user, String path) {
        Api.Reply reply = send(user, "POST", path, HttpRequest.BodyPublishers.noBody(), null);
        assertThat(reply.status()).as(reply.body()).isIn(200, 202);
        return reply.json();
    }

    static Api.Reply send(String user, String method, String path, HttpRequest.BodyPublisher body, String type) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Platform.appUrl() + path))
                .header("Authorization", "Bearer " + Api.token(user)).method(method, body)
                .timeout(Duration.ofSeconds(120));
        if (type != null) {
            request.header("Content-Type", type);
        }
        return Api.send(request.build());
    }

    static JsonNode waitFor(String user, long id, String status) throws InterruptedException {
        long deadline = System.nanoTime() + JOB_TIMEOUT.toNanos();
        JsonNode job = null;
        while (System.nanoTime() < deadline) {
            Api.Reply reply = Api.get(user, "/api/v1/enrolment-imports/" + id);
            if (reply.status() == 200) {
                job = reply.json();
                if (job.get("status").asText().equals(status)) {
                    return job;
                }
                assertThat(job.get("status").asText()).as("import " + id).isNotEqualTo("FAILED");
            }
            Thread.sleep(300);
        }
        throw new AssertionError("import " + id + " did not reach " + status + ": " + job);
    }

    /** "RULE:field" reported per row. */
    static Map<Integer, Set<String>> reportedRules(String user, long id) {
        Map<Integer, Set<String>> rules = new java.util.TreeMap<>();
        for (int offset = 0; ; offset += 1000) {
            JsonNode page = Api.get(user, "/api/v1/enrolment-imports/" + id + "/errors?limit=1000&offset=" + offset).json();
            page.forEach(e -> rules.computeIfAbsent(e.get("rowNumber").asInt(), n -> new TreeSet<>())
                    .add(e.get("rule").asText() + ":" + e.get("field").asText()));
            if (page.size() < 1000) {
                return rules;
            }
        }
    }

    static long unionId(String code) throws SQLException {
        try (Connection c = Platform.database();
             PreparedStatement s = c.prepareStatement("SELECT id FROM org_unit WHERE tenant_id = 'beijing' AND code = ?")) {
            s.setString(1, code);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    static long unionIdUnchecked(String code) {
        try {
            return unionId(code);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(String sql) throws SQLException {
        try (Connection c = Platform.database(); ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    static byte[] idHash(String idNumber) {
        return PersonalDataProtector.fromBase64Key(Platform.env("HUZHU_PII_KEY",
                "ZGV2LW9ubHkta2V5LWRvLW5vdC11c2UtaW4tcHJvZCE=")).lookupHash(idNumber);
    }

    static Path smsLog() {
        return Path.of("target/liberty/wlp/usr/servers/huzhu/logs/sms.log");
    }
}
