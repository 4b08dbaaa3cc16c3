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
import org.huzhu.kernel.identity.NationalId;
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

        // 10,000 people for a union of at most 2,049 staff: a warning with the figures, to confirm or correct
        long headcount = count("SELECT headcount FROM org_unit WHERE id = " + union);
        assertThat(checked.get("warnings")).anySatisfy(w -> {
            assertThat(w.get("kind").asText()).isEqualTo("PAST_HEADCOUNT");
            assertThat(w.get("headcount").asLong()).isEqualTo(headcount);
            assertThat(w.get("enrolled").asInt()).isGreaterThan((int) headcount);
            assertThat(w.get("messageZh").asText()).contains("超过本工会登记职工人数" + headcount + "人");
        });
        assertThat(checked.get("submittable").asBoolean()).isTrue();
        Api.Reply unconfirmed = send(CLERK, "POST", "/api/v1/enrolment-imports/" + id + "/submission",
                HttpRequest.BodyPublishers.noBody(), null);
        assertThat(unconfirmed.status()).isEqualTo(409);
        assertThat(unconfirmed.json().get("detail").asText()).contains("登记职工人数" + headcount + "人")
                .contains(headcount + " registered staff");
        assertThat(count("SELECT COUNT(*) FROM enrolment WHERE import_id = " + id)).isZero();
        assertThat(Api.get(CLERK, "/api/v1/enrolment-imports/" + id).json().get("status").asText()).isEqualTo("CHECKED");

        JsonNode submitted = post(CLERK, "/api/v1/enrolment-imports/" + id + "/submission?confirm=true");
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

    /**
     * One person in two plans, their rows on both sides of a chunk's end (rows 2,000 and 3,802; a chunk is 2,000
     * rows): the second chunk is prepared while the first is being written, so it takes them for a new person. They
     * are registered once, enrolled in both plans, and counted a new member once (the office's figures, kept by
     * events, against the records). 3,800 people: enough of the union's staff for both plans' participation rule.
     */
    @Test
    void a_person_whose_two_plans_straddle_a_chunk_is_one_member_counted_new_once() throws Exception {
        EnrolmentList list = new EnrolmentList(3_800, 0, 13);
        String person = list.allIds.get(1_998); // row 2,000: inpatient-medical
        list.csv.append("测试两计划,").append(person).append(",13912345678,,accident-injury,1\n");
        ReportsIT.recount();
        long id = upload(CLERK, unionId("BJ-DC-001"), "2036-01-01", list.bytes()).get("id").asLong();
        assertThat(waitFor(CLERK, id, "CHECKED").get("goodRows").asInt()).isEqualTo(3_801);
        post(CLERK, "/api/v1/enrolment-imports/" + id + "/submission?confirm=true");
        assertThat(waitFor(CLERK, id, "SUBMITTED").get("enrolledRows").asInt()).isEqualTo(3_801);
        assertThat(count("SELECT COUNT(*) FROM enrolment WHERE import_id = " + id)).isEqualTo(3_801);
        assertThat(count("SELECT COUNT(DISTINCT member_id) FROM enrolment WHERE import_id = " + id)).isEqualTo(3_800);
        ReportsIT.assertIndicatorsMatchTheRecords("after a list with one person's plans on both sides of a chunk's end");
    }

    @Test
    void each_enrolled_member_gets_a_notice_and_cover_starts_when_the_fee_is_paid_in_full() throws Exception {
        long union = unionId("BJ-DC-003");
        EnrolmentList list = new EnrolmentList(3_800, 0, 3);
        long smsFrom = Files.exists(smsLog()) ? Files.size(smsLog()) : 0;
        long id = upload(AGENCY_CLERK, union, "2027-01-01", list.bytes()).get("id").asLong();
        waitFor(AGENCY_CLERK, id, "CHECKED");
        assertThat(Api.get(AGENCY_CLERK, "/api/v1/enrolment-imports/" + id + "/fee-statement").status()).isEqualTo(200);
        post(AGENCY_CLERK, "/api/v1/enrolment-imports/" + id + "/submission?confirm=true"); // 3,800: past the headcount
        JsonNode enrolled = waitFor(AGENCY_CLERK, id, "SUBMITTED");
        java.math.BigDecimal fee = new java.math.BigDecimal(enrolled.get("fee").asText());
        assertThat(send(AGENCY_CLERK, "POST", "/api/v1/enrolment-imports/" + id + "/payments",
                HttpRequest.BodyPublishers.ofString("{\"amount\":\"1.00\",\"paidOn\":\"2026-12-01\"}"),
                "application/json").status()).as("only the city office records payments").isEqualTo(403);
        JsonNode part = pay(id, "1.00", "2026-12-01");
        assertThat(part.hasNonNull("coverStart")).as("no cover while part of the fee is owed").isFalse();
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
        String masked = NationalId.parse(first).masked();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String sent = smsSince(smsFrom);
        while (System.nanoTime() < deadline && noticeLines(sent, "2027-01-01").size() < 3_800) {
            Thread.sleep(500);
            sent = smsSince(smsFrom);
        }
        assertThat(sent.contains(masked)).as("a notice to the first member, ID masked").isTrue();
        Map<String, String> notices = noticeLines(sent, "2027-01-01");
        assertThat(notices).as("one notice to each member of the list").hasSize(3_800);
        // the list's third row: accident injury, 3 units, its own masked ID and the one-year term
        assertThat(notices.get("测试" + (char) ('甲' + 2) + 2)).contains("（身份证" + NationalId.parse(list.goodIds.get(2)).masked()
                + "）已参加意外伤害互助保障计划3份，保障期2027-01-01至2027-12-31，会费缴清后生效。");
        assertThat(notices.get("测试甲0")).contains("已参加住院医疗互助保障计划1份");
        String log = sent;
        assertThat(list.allIds.stream().filter(log::contains).toList()).as("IDs in clear").isEmpty();
        assertThat(sent.contains("13900300000")).as("a phone number in clear").isFalse();
    }

    @Test
    void a_list_below_the_participation_rule_is_refused_with_the_reason() throws Exception {
        long union = unionId("BJ-DC-002");
        EnrolmentList list = new EnrolmentList(3, 0, 4);
        long id = upload(AGENCY_CLERK, union, "2027-01-01", list.bytes()).get("id").asLong();
        JsonNode checked = waitFor(AGENCY_CLERK, id, "CHECKED");
        long headcount = count("SELECT headcount FROM org_unit WHERE id = " + union);
        long before = count("SELECT COUNT(*) FROM enrolment WHERE union_id = " + union
                + " AND term_start = '2027-01-01' AND plan_code = 'accident-injury'");
        // The rule is in the check result, per plan, with the figures: not first met at submission
        assertThat(checked.get("submittable").asBoolean()).isFalse();
        assertThat(checked.get("participation")).anySatisfy(p -> {
            assertThat(p.get("planCode").asText()).isEqualTo("accident-injury");
            assertThat(p.get("whoCounts").asText()).isEqualTo("ALL_STAFF");
            assertThat(p.get("staff").asLong()).isEqualTo(headcount);
            assertThat(p.get("enrolledBefore").asLong()).isEqualTo(before);
            assertThat(p.get("inList").asInt()).isEqualTo(2);
            assertThat(p.get("needed").asLong()).isEqualTo(headcount <= 10 ? headcount : (headcount * 60 + 99) / 100);
            assertThat(p.get("met").asBoolean()).isFalse();
        });
        Api.Reply statement = Api.get(AGENCY_CLERK, "/api/v1/enrolment-imports/" + id + "/fee-statement");
        assertThat(statement.status()).as("no fee statement for a list that cannot be submitted").isEqualTo(409);
        assertThat(statement.json().get("detail").asText()).contains("60%");
        Api.Reply refused = send(AGENCY_CLERK, "POST", "/api/v1/enrolment-imports/" + id + "/submission?confirm=true",
                HttpRequest.BodyPublishers.noBody(), null);
        assertThat(refused.status()).as("a confirmation does not lift the participation rule").isEqualTo(409);
        assertThat(refused.json().get("detail").asText()).contains("60%");
        assertThat(count("SELECT COUNT(*) FROM enrolment WHERE import_id = " + id)).isZero();
    }

    @Test
    void a_plan_for_women_counts_the_unions_women_and_a_list_meeting_it_gets_its_statement_and_is_submitted()
            throws Exception {
        // a union with far fewer women in the registry than staff: all staff would ask for 60% of the headcount
        long[] union = unionWithFewWomen();
        long women = union[2];
        int inList = (int) Math.max(12, women <= 10 ? women : (women * 60 + 99) / 100);
        long staff = Math.min(Math.max(women, inList), union[1]);
        assertThat(inList).as("fewer than 60% of all the union's staff").isLessThan((int) (union[1] * 60 + 99) / 100);
        StringBuilder csv = new StringBuilder("姓名,身份证号,手机号,会员卡号,保障计划,份数\n");
        for (int i = 0; i < inList; i++) {
            csv.append("女工").append(i).append(',').append(NationalId.compose("110229", java.time.LocalDate.of(1990, 1, 1)
                    .plusDays(i * 37L), 100 + i, org.huzhu.kernel.identity.Gender.FEMALE).value())
                    .append(",139229").append(String.format("%05d", i)).append(",,female-special-diseases,1\n");
        }
        long id = upload("beijing-admin", union[0], "2032-01-01", csv.toString().getBytes(StandardCharsets.UTF_8))
                .get("id").asLong();
        JsonNode checked = waitFor("beijing-admin", id, "CHECKED");
        assertThat(checked.get("goodRows").asInt()).as(checked.toString()).isEqualTo(inList);
        assertThat(checked.get("participation")).singleElement().satisfies(p -> {
            assertThat(p.get("whoCounts").asText()).isEqualTo("FEMALE_STAFF");
            assertThat(p.get("staff").asLong()).isEqualTo(staff);
            assertThat(p.get("inList").asInt()).isEqualTo(inList);
            assertThat(p.get("needed").asLong()).isLessThanOrEqualTo(inList);
            assertThat(p.get("met").asBoolean()).isTrue();
        });
        assertThat(checked.get("warnings")).isEmpty();
        assertThat(checked.get("submittable").asBoolean()).isTrue();
        assertThat(Api.get("beijing-admin", "/api/v1/enrolment-imports/" + id + "/fee-statement").status()).isEqualTo(200);
        post("beijing-admin", "/api/v1/enrolment-imports/" + id + "/submission");
        assertThat(waitFor("beijing-admin", id, "SUBMITTED").get("enrolledRows").asInt()).isEqualTo(inList);
    }

    @Test
    void rows_naming_another_grassroots_union_are_a_warning_naming_the_rows() throws Exception {
        long union = unionId("BJ-DC-002");
        String name = text("SELECT name FROM org_unit WHERE id = " + union);
        StringBuilder csv = new StringBuilder("姓名,身份证号,保障计划,基层工会\n");
        String[] unions = {name, "BJ-DC-002", "朝阳恒达物流有限公司工会", "", "BJ-HR-001"};
        for (int i = 0; i < unions.length; i++) {
            csv.append("工会").append(i).append(',').append(NationalId.compose("110230", java.time.LocalDate.of(1991, 1, 1)
                    .plusDays(i * 41L), 200 + i, org.huzhu.kernel.identity.Gender.MALE).value()).append(",accident-injury,")
                    .append(unions[i]).append('\n');
        }
        long id = upload(AGENCY_CLERK, union, "2033-01-01", csv.toString().getBytes(StandardCharsets.UTF_8))
                .get("id").asLong();
        JsonNode checked = waitFor(AGENCY_CLERK, id, "CHECKED");
        assertThat(checked.get("goodRows").asInt()).isEqualTo(5);
        assertThat(checked.get("warnings")).anySatisfy(w -> {
            assertThat(w.get("kind").asText()).isEqualTo("OTHER_UNION");
            assertThat(w.get("rowCount").asInt()).isEqualTo(2);
            assertThat(w.get("rows").toString()).isEqualTo("[4,6]");
            assertThat(w.get("messageZh").asText()).contains("第4、6行");
        });
    }

    /** {id, headcount, women in the registry} of the first Beijing union with under a third of its staff women. */
    static long[] unionWithFewWomen() throws SQLException {
        try (Connection c = Platform.database(); ResultSet r = c.createStatement().executeQuery(
                "SELECT u.id, u.headcount, (SELECT COUNT(*) FROM member m WHERE m.tenant_id = u.tenant_id "
                        + "AND m.org_path = u.path AND m.gender = 'F') AS women FROM org_unit u WHERE u.tenant_id = "
                        + "'beijing' AND u.kind = 'GRASSROOTS_UNION' AND u.status = 'ACTIVE' AND u.headcount >= 100 "
                        + "ORDER BY u.code")) {
            while (r.next()) {
                if (r.getLong(3) * 3 < r.getLong(2)) {
                    return new long[] {r.getLong(1), r.getLong(2), r.getLong(3)};
                }
            }
        }
        throw new AssertionError("no Beijing union with few women among its staff");
    }

    static String text(String sql) throws SQLException {
        try (Connection c = Platform.database(); ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    @Test
    void a_clerk_of_another_city_sees_no_list_of_beijing() throws Exception {
        long union = unionId("BJ-DC-001");
        long id = upload(CLERK, union, "2027-06-01", new EnrolmentList(2, 0, 5).bytes()).get("id").asLong();
        assertThat(Api.get("baoji-grassroots-clerk", "/api/v1/enrolment-imports/" + id).status()).isEqualTo(404);
        assertThat(Api.get("baoji-admin", "/api/v1/enrolment-imports/" + id + "/errors").status()).isEqualTo(404);
    }

    @Test
    void a_list_uploaded_as_a_form_with_an_excel_file_is_checked_like_a_csv_body() throws Exception {
        long union = unionId("BJ-DC-001");
        Api.Reply template = send(CLERK, "GET", "/api/v1/enrolment-imports/template?termStart=2027-01-01",
                HttpRequest.BodyPublishers.noBody(), null);
        assertThat(template.status()).isEqualTo(200);
        String boundary = "----huzhu" + System.nanoTime();
        byte[] xlsx = excel(new EnrolmentList(20, 7, 6));
        java.io.ByteArrayOutputStream form = new java.io.ByteArrayOutputStream();
        form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"unionId\"\r\n\r\n" + union
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"termStart\"\r\n\r\n2027-07-01\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"list.xlsx\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        form.writeBytes(xlsx);
        form.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Api.Reply reply = send(CLERK, "POST", "/api/v1/enrolment-imports",
                HttpRequest.BodyPublishers.ofByteArray(form.toByteArray()), "multipart/form-data; boundary=" + boundary);
        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        JsonNode checked = waitFor(CLERK, reply.json().get("id").asLong(), "CHECKED");
        assertThat(checked.get("totalRows").asInt()).isEqualTo(20);
        assertThat(checked.get("badRows").asInt()).isEqualTo(2);
        assertThat(checked.get("fileName").asText()).isEqualTo("list.xlsx");
    }

    /** The list as a clerk's Excel file: every cell text, as the template formats them. */
    static byte[] excel(EnrolmentList list) throws java.io.IOException {
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             var out = new java.io.ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("参保名单");
            String[] lines = list.csv.toString().split("\n");
            for (int r = 0; r < lines.length; r++) {
                String[] cells = lines[r].split(",", -1);
                var row = sheet.createRow(r);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void the_office_and_headquarters_count_enrolments_this_year_against_last_and_the_member_sees_their_cover()
            throws Exception {
        long union = unionId("BJ-HR-001");
        EnrolmentList list = new EnrolmentList(3_800, 0, 9);
        // the demo member of this union's district: enrolling beijing-member here would move them out of Dongcheng,
        // and later tests count on Dongcheng's agency clerk seeing them (LoansIT)
        String demoMember = demoMemberIdNumber("beijing-member-2");
        list.csv.append("会员本人,").append(demoMember).append(",13911112222,,accident-injury,2\n");
        long id = upload("beijing-admin", union, "2031-01-01", list.bytes()).get("id").asLong();
        waitFor("beijing-admin", id, "CHECKED");
        post("beijing-admin", "/api/v1/enrolment-imports/" + id + "/submission?confirm=true"); // past the headcount
        waitFor("beijing-admin", id, "SUBMITTED");

        JsonNode office = Api.get("beijing-admin", "/api/v1/enrolment-figures?year=2031").json();
        long accident = java.util.stream.IntStream.range(0, 3_800).filter(i -> i % 3 != 0).count() + 1;
        assertThat(office.get("perPlan")).anySatisfy(line -> {
            assertThat(line.get("key").asText()).isEqualTo("accident-injury");
            assertThat(line.get("thisYear").asLong()).isEqualTo(accident);
            assertThat(line.get("lastYear").asLong()).isZero();
        });
        assertThat(office.get("perAgencyOffice")).anySatisfy(line -> {
            assertThat(line.get("name").asText()).isEqualTo("怀柔区总工会");
            assertThat(line.get("thisYear").asLong()).isEqualTo(list.goodRows() + 1);
        });
        JsonNode hq = Api.get("hq-analyst", "/api/v1/hq/enrolment-figures?year=2031").json();
        assertThat(hq).anySatisfy(t -> {
            assertThat(t.get("tenant").asText()).isEqualTo("beijing");
            assertThat(t.get("perPlan")).anySatisfy(line -> {
                assertThat(line.get("thisYear").asLong()).isEqualTo(accident);
                // headquarters has no catalogue: the figures carry the plan's code and its names in both languages
                assertThat(line.get("key").asText()).isEqualTo("accident-injury");
                assertThat(line.get("name").asText()).containsPattern("\\p{IsHan}");
                assertThat(line.get("nameEn").asText()).doesNotContainPattern("\\p{IsHan}").isNotEqualTo("accident-injury");
            });
        });
        assertThat(hq).anySatisfy(t -> assertThat(t.get("tenant").asText()).isEqualTo("baoji"));
        assertThat(Api.get(AGENCY_CLERK, "/api/v1/enrolment-figures?year=2031").status()).isEqualTo(403);

        JsonNode mine = Api.get("beijing-member-2", "/api/v1/me/enrolments").json();
        assertThat(mine).anySatisfy(c -> {
            assertThat(c.get("planCode").asText()).isEqualTo("accident-injury");
            assertThat(c.get("units").asInt()).isEqualTo(2);
            assertThat(c.get("termStart").asText()).isEqualTo("2031-01-01");
            assertThat(c.get("paid").asBoolean()).isFalse();
            assertThat(c.get("unionCode").asText()).isEqualTo("BJ-HR-001");
        });
        assertThat(Api.get("baoji-member", "/api/v1/me/enrolments").json()).noneSatisfy(c ->
                assertThat(c.get("termStart").asText()).isEqualTo("2031-01-01"));
    }

    /** The national ID of the member a demo member login is linked to, decrypted with the test key. */
    static String demoMemberIdNumber(String username) throws SQLException {
        try (Connection c = Platform.database();
             PreparedStatement s = c.prepareStatement("SELECT m.id_number_cipher FROM member_login l JOIN member m "
                     + "ON m.id = l.member_id WHERE l.username = ?")) {
            s.setString(1, username);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).as("demo login " + username + " is linked to a member").isTrue();
                return protector().decrypt(r.getBytes(1));
            }
        }
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
        return protector().lookupHash(idNumber);
    }

    static PersonalDataProtector protector() {
        return PersonalDataProtector.fromBase64Key(Platform.env("HUZHU_PII_KEY",
                "ZGV2LW9ubHkta2V5LWRvLW5vdC11c2UtaW4tcHJvZCE="));
    }

    /** The enrolment notices of a term in the log's text, by the member's name (as the list's rows name them). */
    static Map<String, String> noticeLines(String log, String termStart) {
        Map<String, String> byName = new java.util.HashMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("【职工互助】(测试\\S+?)（身份证[^\\n]*保障期" + termStart
                + "至[^\\n]*").matcher(log);
        while (m.find()) {
            byName.put(m.group(1), m.group());
        }
        return byName;
    }

    /** What the SMS log got after the given size: the log outlives test runs and benchmarks. */
    static String smsSince(long from) throws java.io.IOException {
        if (!Files.exists(smsLog())) {
            return "";
        }
        try (var channel = java.nio.channels.FileChannel.open(smsLog())) {
            channel.position(from);
            return new String(java.nio.channels.Channels.newInputStream(channel).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Path smsLog() {
        return Path.of("target/liberty/wlp/usr/servers/huzhu/logs/sms.log");
    }
}
