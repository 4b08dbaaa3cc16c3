package org.huzhu.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huzhu.app.it.EnrolmentImportIT.count;
import static org.huzhu.app.it.EnrolmentImportIT.send;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Reader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.huzhu.kernel.calendar.CalendarDay;
import org.huzhu.kernel.calendar.CalendarFileParser;
import org.huzhu.kernel.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Claims on the running server: filed by a clerk for members enrolled through a real list, checked with reason
 * codes, valued by the plan engine, decided under delegated authority by two people, overdue claims escalated,
 * every step in the audit trail, and a member filing and reading their own.
 */
class ClaimsIT {

    static final String ADMIN = "beijing-admin";
    static final String OFFICER = "beijing-claims-officer";
    static final String AGENCY = "beijing-agency-clerk";
    private static ClaimFixture fixture;

    @BeforeAll
    static void enrol() throws Exception {
        Platform.awaitReady();
        fixture = new ClaimFixture(61);
    }

    @AfterAll
    static void restorePolicy() throws SQLException {
        reviewPercent(5);
    }

    /** Test setup: the share of claims drawn for review, as tenant-config would set it. */
    static void reviewPercent(int percent) throws SQLException {
        try (Connection c = Platform.database(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE claim_policy SET review_percent = " + percent + " WHERE tenant_id = 'beijing'");
        }
    }

    static JsonNode file(String user, long member, String plan, String benefit, String facts) {
        Api.Reply reply = Api.post(user, "/api/v1/claims", "{\"memberId\":" + member + ",\"planCode\":\"" + plan
                + "\",\"benefitCode\":\"" + benefit + "\"," + facts + "}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    static JsonNode inpatient(String user, long member, String selfPaid, String invoice) {
        String day = LocalDate.now().minusDays(20).toString();
        return file(user, member, "inpatient-medical", "medical", "\"eventDate\":\"" + day + "\",\"admission\":\"" + day
                + "\",\"discharge\":\"" + LocalDate.now().minusDays(12) + "\",\"selfPaid\":\"" + selfPaid
                + "\",\"invoiceNo\":\"" + invoice + "\"");
    }

    static Api.Reply document(String user, long claim, String type, byte[] pdf) {
        return send(user, "POST", "/api/v1/claims/" + claim + "/documents?type=" + type + "&fileName=" + type + ".pdf",
                HttpRequest.BodyPublishers.ofByteArray(pdf), "application/pdf");
    }

    /** A receipt as a hospital's system prints it: a page with text, unique (receipts are used once). */
    static byte[] pdf() {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            try (var text = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 11);
                text.newLineAtOffset(50, 700);
                text.showText("Beijing hospital receipt " + UUID.randomUUID() + ", self-paid 3000.00 yuan");
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What the attack sent: a one-line PDF of a few bytes. */
    static byte[] oneLinePdf() {
        return ("%PDF-1.4\n% receipt " + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** A PNG of the given size (unique: its first pixel is random). */
    static byte[] png(int width, int height) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, java.util.concurrent.ThreadLocalRandom.current().nextInt());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String invoice() {
        return "INV-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /** Files an inpatient claim with both documents the plan asks for; answers the claim after the last one. */
    static JsonNode completeInpatient(String user, long member, String selfPaid) {
        long id = inpatient(user, member, selfPaid, invoice()).get("id").asLong();
        assertThat(document(user, id, "invoice", pdf()).status()).isEqualTo(200);
        Api.Reply last = document(user, id, "settlement", pdf());
        assertThat(last.status()).as(last.body()).isEqualTo(200);
        return last.json();
    }

    @Test
    void a_complete_clean_claim_is_approved_at_once_for_the_engines_amount_with_its_explanation() throws Exception {
        reviewPercent(0);
        long member = fixture.members.get(0);
        JsonNode filed = inpatient(ADMIN, member, "3000.00", invoice());
        assertThat(filed.get("status").asText()).isEqualTo("WAITING_DOCUMENTS");
        assertThat(filed.get("reasonCode").asText()).isEqualTo("DOCUMENTS_MISSING");
        assertThat(filed.get("missingDocuments")).extracting(d -> d.get("code").asText())
                .containsExactlyInAnyOrder("invoice", "settlement");
        assertThat(filed.get("dueDate").asText()).isEqualTo(tenWorkingDaysFromToday());
        long id = filed.get("id").asLong();
        assertThat(document(ADMIN, id, "invoice", pdf()).json().get("status").asText()).isEqualTo("WAITING_DOCUMENTS");
        JsonNode done = document(ADMIN, id, "settlement", pdf()).json();
        assertThat(done.get("status").asText()).isEqualTo("APPROVED");
        // 3,000 self-paid less the 500 deductible, 50% in the first band
        assertThat(done.get("assessed").asText()).isEqualTo("1250.00");
        assertThat(done.get("approved").asText()).isEqualTo("1250.00");
        assertThat(done.get("explanation").size()).isGreaterThan(1);
        assertThat(done.get("checks")).allSatisfy(c -> assertThat(c.get("outcome").asText()).isEqualTo("PASS"));
        assertThat(done.get("documents")).allSatisfy(d -> assertThat(d.get("sha256").asText()).hasSize(64));
        Api.Reply content = Api.get(ADMIN, "/api/v1/claims/" + id + "/documents/"
                + done.get("documents").get(0).get("id").asLong());
        assertThat(content.body()).startsWith("%PDF-1.");
        assertThat(count("SELECT COUNT(*) FROM claim_document WHERE claim_id = " + id
                + " AND content_cipher LIKE '%PDF-1.%'")).as("stored encrypted").isZero();
        assertThat(Api.get(ADMIN, "/api/v1/members/" + member + "/claims").json())
                .anySatisfy(c -> assertThat(c.get("id").asLong()).isEqualTo(id));
        assertThat(Api.get("baoji-admin", "/api/v1/claims/" + id).status()).as("other tenant").isEqualTo(404);
    }

    @Test
    void each_check_refuses_with_its_reason_code() throws Exception {
        reviewPercent(0);
        long member = fixture.members.get(1);
        JsonNode noCover = file(ADMIN, member, "inpatient-medical", "medical", "\"eventDate\":\"2024-06-01\","
                + "\"admission\":\"2024-06-01\",\"discharge\":\"2024-06-05\",\"selfPaid\":\"900.00\"");
        assertThat(noCover.get("status").asText()).isEqualTo("REJECTED");
        assertThat(noCover.get("reasonCode").asText()).isEqualTo("NO_ENROLMENT");

        String inWaiting = ClaimFixture.TERM.substring(0, 8) + "10";
        JsonNode waiting = file(ADMIN, member, "inpatient-medical", "medical", "\"eventDate\":\"" + inWaiting
                + "\",\"admission\":\"" + inWaiting + "\",\"discharge\":\"" + inWaiting + "\",\"selfPaid\":\"900.00\"");
        assertThat(waiting.get("reasonCode").asText()).isEqualTo("WAITING_PERIOD");
        assertThat(waiting.get("reasonMessage").asText()).contains("按计划规则不予给付");
        assertThat(waiting.get("reasonEn").asText()).contains("the plan's rules pay nothing");
        assertThat(waiting.get("checks")).allSatisfy(c -> {
            assertThat(c.get("message").asText()).as("Chinese").containsPattern("\\p{IsHan}").doesNotContain(" / ");
            assertThat(c.get("en").asText()).as("English").doesNotContainPattern("\\p{IsHan}");
        });

        String invoice = invoice();
        JsonNode first = inpatient(ADMIN, member, "1500.00", invoice);
        byte[] receipt = pdf();
        document(ADMIN, first.get("id").asLong(), "invoice", receipt);
        JsonNode sameInvoice = inpatient(ADMIN, fixture.members.get(2), "1500.00", invoice);
        assertThat(sameInvoice.get("reasonCode").asText()).isEqualTo("DUPLICATE_RECEIPT");
        assertThat(sameInvoice.get("reasonMessage").asText()).contains("#" + first.get("id").asLong());
        long third = inpatient(ADMIN, fixture.members.get(3), "1500.00", invoice()).get("id").asLong();
        JsonNode sameFile = document(ADMIN, third, "invoice", receipt).json();
        assertThat(sameFile.get("status").asText()).isEqualTo("REJECTED");
        assertThat(sameFile.get("reasonCode").asText()).isEqualTo("DUPLICATE_RECEIPT");
        assertThat(sameFile.get("reasonMessage").asText()).isEqualTo("相同票据文件已在理赔 #" + first.get("id").asLong()
                + " 中使用");
        assertThat(sameFile.get("reasonEn").asText()).isEqualTo("the same receipt file is already used by claim #"
                + first.get("id").asLong());

        Api.Reply noFacts = Api.post(ADMIN, "/api/v1/claims", "{\"memberId\":" + member
                + ",\"planCode\":\"inpatient-medical\",\"benefitCode\":\"medical\",\"eventDate\":\"" + LocalDate.now()
                .minusDays(3) + "\"}");
        assertThat(noFacts.status()).isEqualTo(400);
        assertThat(noFacts.json().get("field").asText()).isEqualTo("facts");
        assertThat(noFacts.json().get("code").asText()).isEqualTo("claims.refused.missingFact");
        assertThat(noFacts.json().get("zh").asText()).startsWith("缺少计算所需信息：").containsPattern("\\p{IsHan}{4}");
        assertThat(noFacts.json().get("en").asText()).startsWith("a fact the valuation needs is missing: ")
                .doesNotContainPattern("\\p{IsHan}");
        long before = count("SELECT COUNT(*) FROM claim WHERE member_id = " + member);
        Api.Reply badDate = Api.post(ADMIN, "/api/v1/claims", "{\"memberId\":" + member
                + ",\"planCode\":\"inpatient-medical\",\"benefitCode\":\"medical\",\"eventDate\":\"2026-13-01\"}");
        assertThat(badDate.json().get("field").asText()).isEqualTo("eventDate");
        assertThat(badDate.json().get("en").asText()).isEqualTo("'2026-13-01' is not a date YYYY-MM-DD");
        assertThat(count("SELECT COUNT(*) FROM claim WHERE member_id = " + member)).as("nothing half-written")
                .isEqualTo(before);
    }

    @Test
    void agency_offices_decide_within_their_limit_and_a_second_person_confirms() throws Exception {
        reviewPercent(100);
        long member = fixture.members.get(4);
        String day = LocalDate.now().minusDays(5).toString();
        // grade 10: 10% of the 30,800 tier maximum = 3,080, within the agency office's 5,000
        JsonNode small = file(ADMIN, member, "accident-injury", "accident", "\"eventDate\":\"" + day
                + "\",\"disabilityGrade\":10");
        long id = small.get("id").asLong();
        assertThat(small.get("status").asText()).as(small.toString()).isEqualTo("WAITING_DOCUMENTS");
        JsonNode inReview = document(ADMIN, id, "accident-proof", pdf()).json();
        assertThat(inReview.get("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(inReview.get("reasonCode").asText()).isEqualTo("REVIEW_SAMPLE");
        assertThat(inReview.get("reviewLevel").asText()).isEqualTo("AGENCY");
        assertThat(inReview.get("assessed").asText()).isEqualTo("3080.00");
        assertThat(Api.get(AGENCY, "/api/v1/claims/queue").json()).anySatisfy(q ->
                assertThat(q.get("id").asLong()).isEqualTo(id));

        assertThat(Api.post(ADMIN, "/api/v1/claims/" + id + "/proposal", "{\"outcome\":\"APPROVE\"}").status())
                .as("whoever filed may not decide").isEqualTo(409);
        assertThat(Api.post("beijing-grassroots-clerk", "/api/v1/claims/" + id + "/proposal", "{\"outcome\":\"APPROVE\"}")
                .status()).isIn(403, 404);
        Api.Reply proposed = Api.post(AGENCY, "/api/v1/claims/" + id + "/proposal",
                "{\"outcome\":\"APPROVE\",\"amount\":\"3000.00\",\"note\":\"按票据核减\"}");
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);
        assertThat(proposed.json().get("status").asText()).isEqualTo("AWAITING_CHECK");
        Api.Reply self = Api.post(AGENCY, "/api/v1/claims/" + id + "/confirmation", "{\"agree\":true}");
        assertThat(self.status()).isEqualTo(409);
        assertThat(self.json().get("code").asText()).isEqualTo("claims.refused.secondPerson");
        assertThat(self.json().get("en").asText()).contains("second person");
        assertThat(self.json().get("detail").asText()).isEqualTo(self.json().get("zh").asText()).contains("经办与复核不能为同一人");
        JsonNode approved = Api.post(OFFICER, "/api/v1/claims/" + id + "/confirmation", "{\"agree\":true}").json();
        assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.get("approved").asText()).isEqualTo("3000.00");

        // grade 7: 40% of 30,800 = 12,320, above the agency limit: the city office decides
        JsonNode large = file(AGENCY, fixture.members.get(5), "accident-injury", "accident", "\"eventDate\":\"" + day
                + "\",\"disabilityGrade\":7");
        long big = large.get("id").asLong();
        JsonNode cityLevel = document(AGENCY, big, "accident-proof", pdf()).json();
        assertThat(cityLevel.get("reviewLevel").asText()).isEqualTo("CITY");
        assertThat(cityLevel.get("assessed").asText()).isEqualTo("12320.00");
        Api.Reply agencyTries = Api.post(AGENCY, "/api/v1/claims/" + big + "/proposal", "{\"outcome\":\"APPROVE\"}");
        assertThat(agencyTries.status()).isEqualTo(409);
        assertThat(Api.post(OFFICER, "/api/v1/claims/" + big + "/proposal", "{\"outcome\":\"REJECT\"}").status())
                .as("a rejection says why").isEqualTo(400);
        assertThat(Api.post(OFFICER, "/api/v1/claims/" + big + "/proposal",
                "{\"outcome\":\"APPROVE\",\"amount\":\"12320.01\"}").status()).as("not above the engine").isEqualTo(400);
        assertThat(Api.post(OFFICER, "/api/v1/claims/" + big + "/proposal", "{\"outcome\":\"APPROVE\"}").status())
                .isEqualTo(200);
        JsonNode sentBack = Api.post(ADMIN, "/api/v1/claims/" + big + "/confirmation",
                "{\"agree\":false,\"note\":\"请补充伤残鉴定原件\"}").json();
        assertThat(sentBack.get("status").asText()).isEqualTo("IN_REVIEW");

        List<String> actions = new ArrayList<>();
        Api.get(OFFICER, "/api/v1/claims/" + id + "/audit").json().forEach(a -> actions.add(a.get("action").asText()
                + "@" + a.get("actor").asText()));
        assertThat(actions).containsSubsequence("FILED@" + ADMIN, "DOCUMENT_ADDED@" + ADMIN, "ASSESSED@" + ADMIN,
                "PROPOSED_APPROVAL@" + AGENCY, "CONFIRMED@" + OFFICER);
        JsonNode confirmed = Api.get(OFFICER, "/api/v1/claims/" + id + "/audit").json();
        assertThat(confirmed.get(confirmed.size() - 1).get("amountAfter").asText()).isEqualTo("3000.00");
        try (Connection c = Platform.database(); Statement s = c.createStatement()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.executeUpdate(
                    "UPDATE claim_audit SET actor = 'someone' WHERE subject_id = " + id))
                    .hasMessageContaining("append-only");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.executeUpdate(
                    "DELETE FROM claim_audit WHERE subject_id = " + id)).hasMessageContaining("append-only");
        }
    }

    @Test
    void overdue_claims_are_flagged_escalated_and_counted_against_the_sla() throws Exception {
        reviewPercent(100);
        JsonNode claim = completeInpatient(AGENCY, fixture.members.get(3), "2000.00");
        long id = claim.get("id").asLong();
        assertThat(claim.get("reviewLevel").asText()).isEqualTo("AGENCY");
        try (Connection c = Platform.database(); Statement s = c.createStatement()) {
            // test setup: the claim was filed three weeks ago
            s.executeUpdate("UPDATE claim SET due_date = '" + LocalDate.now().minusDays(1) + "' WHERE id = " + id);
        }
        JsonNode sla = Api.get(ADMIN, "/api/v1/claims/sla").json();
        assertThat(sla.get("openOverdue").asLong()).isPositive();
        assertThat(Api.post(ADMIN, "/api/v1/claims/escalation", "").json().get("escalated").asInt()).isPositive();
        JsonNode escalated = Api.get(ADMIN, "/api/v1/claims/" + id).json();
        assertThat(escalated.get("escalated").asBoolean()).isTrue();
        assertThat(escalated.get("overdue").asBoolean()).isTrue();
        assertThat(escalated.get("reviewLevel").asText()).isEqualTo("CITY");
        assertThat(Api.get(AGENCY, "/api/v1/claims/queue").json()).noneSatisfy(q ->
                assertThat(q.get("id").asLong()).isEqualTo(id));
        JsonNode queue = Api.get(OFFICER, "/api/v1/claims/queue").json();
        assertThat(queue.get(0).get("overdue").asBoolean()).as("sorted by due date: overdue first").isTrue();
    }

    @Test
    void a_member_files_for_themselves_and_sees_their_claims() throws Exception {
        reviewPercent(0);
        long me = count("SELECT member_id FROM member_login WHERE tenant_id = 'beijing' AND username = 'beijing-member'");
        JsonNode plan = null;
        for (JsonNode c : Api.get("beijing-member", "/api/v1/me/enrolments").json()) {
            if (c.get("paid").asBoolean() && c.get("termStart").asText().equals(ClaimFixture.TERM)) {
                plan = c;
            }
        }
        assertThat(plan).as("the demo member holds a paid plan this year").isNotNull();
        Api.Reply someoneElse = Api.post("beijing-member", "/api/v1/claims", "{\"memberId\":" + fixture.members.get(0)
                + ",\"planCode\":\"inpatient-medical\",\"benefitCode\":\"medical\",\"eventDate\":\""
                + LocalDate.now().minusDays(3) + "\"}");
        assertThat(someoneElse.status()).isEqualTo(403);
        String code = plan.get("planCode").asText();
        JsonNode planView = null;
        for (JsonNode p : Api.get(ADMIN, "/api/v1/plans").json()) {
            if (p.get("code").asText().equals(code)) {
                planView = p;
            }
        }
        String benefit = planView.get("versions").get(planView.get("versions").size() - 1).get("benefits").get(0)
                .get("code").asText();
        Api.Reply filed = Api.post("beijing-member", "/api/v1/claims", "{\"memberId\":" + me + ",\"planCode\":\"" + code
                + "\",\"benefitCode\":\"" + benefit + "\",\"eventDate\":\"" + LocalDate.now().minusDays(2)
                + "\",\"disabilityGrade\":9,\"admission\":\"" + LocalDate.now().minusDays(2) + "\",\"discharge\":\""
                + LocalDate.now().minusDays(1) + "\",\"selfPaid\":\"2600.00\",\"diseaseCode\":\"none\"}");
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertThat(filed.json().get("channel").asText()).isEqualTo("MEMBER");
        long id = filed.json().get("id").asLong();
        List<Long> mine = new ArrayList<>();
        Api.get("beijing-member", "/api/v1/me/claims").json().forEach(c -> mine.add(c.get("id").asLong()));
        assertThat(mine).contains(id);
        assertThat(Api.get("beijing-member", "/api/v1/claims/" + id).json().get("status").asText()).isNotBlank();
        assertThat(Api.get("beijing-member", "/api/v1/claims/queue").status()).isEqualTo(403);
    }

    private static String tenWorkingDaysFromToday() throws Exception {
        List<CalendarDay> days = new ArrayList<>();
        try (var files = Files.list(Path.of("../../tenant-config/calendar"))) {
            for (Path file : files.toList()) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    days.addAll(CalendarFileParser.parse(file.toString(), reader));
                }
            }
        }
        return WorkingDayCalendar.of(days).addWorkingDays(LocalDate.now(), 10).toString();
    }
}
