package org.huzhu.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Distribution campaigns on the started server, as an office admin and clerks use them: a campaign for the
 * high-temperature workers of one union, allotted under the agency office's quota; hand-outs confirmed one by
 * one and from Excel lists (nothing half-confirmed), never twice, never past the quota or the budget; cloning
 * last year's; the figures for the office and headquarters.
 */
class CampaignsIT {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int YEAR = LocalDate.now().getYear();

    private static ClaimFixture union;
    private static long bjDc;

    @BeforeAll
    static void unionWithFlaggedMembers() throws Exception {
        Platform.awaitReady();
        // a seed of its own per run (100..499: clear of the fixed seeds and of SettlementImportIT's 500..9499)
        union = new ClaimFixture((int) (System.currentTimeMillis() / 1000 % 400) + 100);
        // members 0..3 work in high temperature; 4 and 5 do not
        for (int i = 0; i < 4; i++) {
            Api.Reply flagged = Api.put("beijing-agency-clerk", "/api/v1/members/" + union.members.get(i) + "/job-flags",
                    "{\"flags\":[\"HIGH_TEMPERATURE\"]}");
            assertThat(flagged.status()).as(flagged.body()).isEqualTo(200);
            assertThat(flagged.json().get("flags").get(0).asText()).isEqualTo("HIGH_TEMPERATURE");
        }
        bjDc = unitId("BJ-DC");
    }

    static long unitId(String code) {
        for (JsonNode u : Api.get("beijing-admin", "/api/v1/org-units").json()) {
            if (code.equals(u.get("code").asText())) {
                return u.get("id").asLong();
            }
        }
        throw new AssertionError("no org unit " + code);
    }

    /** A campaign for the fixture union's high-temperature workers, created by the office admin. */
    static JsonNode campaign(String type, String name, LocalDate start, long budgetFen, long unitFen, String benefit,
                             String delivery, Long scopeUnitId, String flags, String quotas) {
        String body = "{\"type\":\"" + type + "\",\"name\":\"" + name + "\",\"periodStart\":\"" + start
                + "\",\"periodEnd\":\"" + start.plusMonths(2) + "\",\"budgetFen\":" + budgetFen + ",\"benefit\":\""
                + benefit + "\",\"item\":\"防暑降温礼包\",\"unitFen\":" + unitFen + ",\"delivery\":\"" + delivery
                + "\",\"eligibility\":{\"scopeUnitId\":" + scopeUnitId + ",\"anyFlag\":" + flags + "},\"quotas\":"
                + quotas + "}";
        Api.Reply created = Api.post("beijing-admin", "/api/v1/campaigns", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    static byte[] workbook(List<String[]> rows) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet();
            String[] header = {"身份证号", "姓名", "快递单号", "补充理由"};
            var first = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                first.createCell(i).setCellValue(header[i]);
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                for (int i = 0; i < rows.get(r).length; i++) {
                    if (rows.get(r)[i] != null) {
                        row.createCell(i).setCellValue(rows.get(r)[i]);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    static Api.Reply importList(String user, long campaign, byte[] file) {
        return EnrolmentImportIT.send(user, "POST", "/api/v1/campaigns/" + campaign + "/delivery-imports",
                HttpRequest.BodyPublishers.ofByteArray(file), XLSX);
    }

    static Api.Reply confirm(String user, long campaign, long member, String tracking, String reason) {
        return Api.post(user, "/api/v1/campaigns/" + campaign + "/deliveries", "{\"memberId\":" + member
                + (tracking == null ? "" : ",\"trackingNo\":\"" + tracking + "\"")
                + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}");
    }

    static long deliveries(long campaign) {
        return Api.get("beijing-admin", "/api/v1/campaigns/" + campaign + "/deliveries?limit=500").json().size();
    }

    @Test
    void clerks_serve_the_eligible_within_the_quota_once_each_and_a_bad_list_confirms_nobody() throws Exception {
        long id = campaign("SUMMER_COOLING", YEAR + "年夏送清凉测试", LocalDate.of(YEAR, 6, 1), 1_000_000, 5_000, "GOODS",
                "COURIER", union.unionId, "[\"HIGH_TEMPERATURE\"]", "[{\"agencyCode\":\"BJ-DC\",\"quota\":3}]")
                .get("id").asLong();

        JsonNode lines = Api.post("beijing-admin", "/api/v1/campaigns/" + id + "/allotments", "").json();
        JsonNode line = find(lines, union.unionId);
        assertThat(line.get("eligible").asLong()).as(lines.toString()).isEqualTo(4);
        assertThat(line.get("share").asLong()).isEqualTo(3);
        JsonNode agency = find(lines, bjDc);
        assertThat(agency.get("agency").asBoolean()).isTrue();
        assertThat(agency.get("share").asLong()).isEqualTo(3);

        JsonNode eligible = Api.get("beijing-agency-clerk", "/api/v1/campaigns/" + id + "/eligible-members?limit=500").json();
        List<Long> ids = new ArrayList<>();
        eligible.forEach(m -> ids.add(m.get("memberId").asLong()));
        assertThat(ids).containsExactlyInAnyOrderElementsOf(union.members.subList(0, 4));
        assertThat(eligible.toString()).doesNotContain(union.nationalIds.get(0));

        Api.Reply first = confirm("beijing-agency-clerk", id, union.members.get(0), "SF1001", null);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("confirmedBy").asText()).isEqualTo("beijing-agency-clerk");
        assertThat(first.json().get("trackingNo").asText()).isEqualTo("SF1001");
        Api.Reply again = confirm("beijing-admin", id, union.members.get(0), "SF1002", null);
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.json().get("code").asText()).isEqualTo("campaigns.distribution.rule.ALREADY_SERVED");
        Api.Reply noTracking = confirm("beijing-agency-clerk", id, union.members.get(1), null, null);
        assertThat(noTracking.status()).as(noTracking.body()).isEqualTo(400);
        assertThat(noTracking.json().get("field").asText()).isEqualTo("trackingNo");
        Api.Reply missed = confirm("beijing-agency-clerk", id, union.members.get(4), "SF1003", null);
        assertThat(missed.status()).as(missed.body()).isEqualTo(400);
        assertThat(missed.json().get("code").asText()).isEqualTo("campaigns.distribution.rule.NOT_ELIGIBLE");
        Api.Reply added = confirm("beijing-agency-clerk", id, union.members.get(4), "SF1003", "户外岗位，档案未标注");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("addedByHand").asBoolean()).isTrue();
        Api.Reply outside = confirm("beijing-grassroots-clerk", id, union.members.get(1), "SF1004", null);
        assertThat(outside.status()).as("BJ-DC-001's clerk and another union's member: " + outside.body()).isEqualTo(404);

        // a list with bad rows: every one named, nobody confirmed
        Api.Reply bad = importList("beijing-agency-clerk", id, workbook(List.of(
                new String[] {union.nationalIds.get(1), "理赔乙", "SF2001", null},
                new String[] {union.nationalIds.get(0), "理赔甲", "SF2002", null},
                new String[] {"110101199001011234", "无名", "SF2003", null},
                new String[] {union.nationalIds.get(2), "理赔丙", null, null})));
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.json().get("confirmed").asInt()).isZero();
        List<String> problems = new ArrayList<>();
        bad.json().get("problems").forEach(p -> problems.add(p.get("row").asInt() + ":" + p.get("field").asText() + ":"
                + p.get("rule").asText()));
        assertThat(problems).containsExactly("3:memberId:ALREADY_SERVED", "4:idNumber:ID_INVALID",
                "5:trackingNo:TRACKING_REQUIRED");
        assertThat(bad.json().get("problems").get(0).get("zh").asText()).contains("已领取");
        assertThat(deliveries(id)).isEqualTo(2);

        // the quota (3 for BJ-DC) is passed by the list as a whole: nobody confirmed
        Api.Reply overQuota = importList("beijing-agency-clerk", id, workbook(List.of(
                new String[] {union.nationalIds.get(1), null, "SF3001", null},
                new String[] {union.nationalIds.get(2), null, "SF3002", null})));
        assertThat(overQuota.status()).as(overQuota.body()).isEqualTo(400);
        assertThat(overQuota.json().get("problems").get(0).get("rule").asText()).isEqualTo("QUOTA_PASSED");
        assertThat(deliveries(id)).isEqualTo(2);
        Api.Reply good = importList("beijing-agency-clerk", id, workbook(List.<String[]>of(
                new String[] {union.nationalIds.get(1), null, "SF3001", null})));
        assertThat(good.status()).as(good.body()).isEqualTo(200);
        assertThat(good.json().get("confirmed").asInt()).isEqualTo(1);
        Api.Reply full = confirm("beijing-agency-clerk", id, union.members.get(2), "SF3003", null);
        assertThat(full.status()).as(full.body()).isEqualTo(409);
        assertThat(full.json().get("code").asText()).isEqualTo("campaigns.distribution.rule.QUOTA_PASSED");

        JsonNode summary = Api.get("beijing-admin", "/api/v1/campaigns/" + id).json();
        assertThat(summary.get("reached").asLong()).isEqualTo(3);
        assertThat(summary.get("spentFen").asLong()).isEqualTo(15_000);
        assertThat(summary.get("settings").get("quotas").get(0).get("used").asLong()).isEqualTo(3);
        JsonNode figures = Api.get("beijing-admin", "/api/v1/campaigns/" + id + "/figures").json();
        assertThat(figures.get("reached").asLong()).isEqualTo(3);
        assertThat(find(figures.get("unions"), union.unionId).get("reached").asLong()).isEqualTo(3);
        assertThat(find(figures.get("agencies"), bjDc).get("spentFen").asLong()).isGreaterThanOrEqualTo(15_000);
        assertThat(Api.get("baoji-admin", "/api/v1/campaigns/" + id).status()).isEqualTo(404);
    }

    @Test
    void spending_stops_at_the_budget_with_the_figures_and_cash_waits_for_a_payout_run() {
        long id = campaign("WINTER_WARMTH", YEAR + "年冬送温暖测试", LocalDate.of(YEAR, 12, 1), 10_000, 6_000, "CASH",
                "ON_SITE", union.unionId, "[]", "[]").get("id").asLong();
        Api.Reply first = confirm("beijing-agency-clerk", id, union.members.get(3), null, null);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("cashState").asText()).isEqualTo("CONFIRMED");
        Api.Reply second = confirm("beijing-agency-clerk", id, union.members.get(5), null, null);
        assertThat(second.status()).as(second.body()).isEqualTo(409);
        assertThat(second.json().get("code").asText()).isEqualTo("campaigns.distribution.rule.BUDGET_PASSED");
        assertThat(second.json().get("zh").asText()).contains("100.00", "60.00");
        assertThat(Api.get("beijing-admin", "/api/v1/campaigns/" + id).json().get("spentFen").asLong()).isEqualTo(6_000);
    }

    @Test
    void last_years_campaign_is_cloned_with_its_settings_and_compared_in_the_figures() {
        JsonNode last = campaign("WOMENS_DAY", (YEAR - 1) + "年三八慰问测试", LocalDate.of(YEAR - 1, 3, 1), 500_000, 10_000,
                "GOODS", "ON_SITE", union.unionId, "[]", "[{\"agencyCode\":\"BJ-DC\",\"quota\":40}]");
        long lastId = last.get("id").asLong();
        assertThat(confirm("beijing-agency-clerk", lastId, union.members.get(1), null, null).status()).isEqualTo(201);
        Api.Reply cloned = Api.post("beijing-admin", "/api/v1/campaigns/" + lastId + "/clone", "");
        assertThat(cloned.status()).as(cloned.body()).isEqualTo(201);
        JsonNode next = cloned.json();
        assertThat(next.get("clonedFrom").asLong()).isEqualTo(lastId);
        assertThat(next.get("settings").get("name").asText()).isEqualTo(YEAR + "年三八慰问测试");
        assertThat(next.get("settings").get("periodStart").asText()).isEqualTo(LocalDate.of(YEAR, 3, 1).toString());
        assertThat(next.get("settings").get("budgetFen").asLong()).isEqualTo(500_000);
        assertThat(next.get("settings").get("eligibility")).isEqualTo(last.get("settings").get("eligibility"));
        assertThat(next.get("settings").get("quotas").get(0).get("quota").asLong()).isEqualTo(40);
        assertThat(next.get("spentFen").asLong()).isZero();
        long nextId = next.get("id").asLong();
        assertThat(confirm("beijing-agency-clerk", nextId, union.members.get(1), null, null).status())
                .as("served last year, not yet this year").isEqualTo(201);
        JsonNode figures = Api.get("beijing-admin", "/api/v1/campaigns/" + nextId + "/figures").json();
        assertThat(figures.get("lastYear").get("campaignId").asLong()).isEqualTo(lastId);
        assertThat(figures.get("lastYear").get("reached").asLong()).isEqualTo(1);
        assertThat(find(figures.get("unions"), union.unionId).get("reachedLastYear").asLong()).isEqualTo(1);

        JsonNode hq = Api.get("hq-analyst", "/api/v1/hq/campaign-figures?year=" + YEAR).json();
        JsonNode beijing = null;
        for (JsonNode city : hq) {
            if ("beijing".equals(city.get("tenantId").asText())) {
                beijing = city;
            }
        }
        assertThat(beijing).as(hq.toString()).isNotNull();
        assertThat(beijing.get("campaigns").toString()).contains(YEAR + "年三八慰问测试");
        assertThat(Api.get("beijing-admin", "/api/v1/hq/campaign-figures").status()).isEqualTo(403);
    }

    @Test
    void a_campaign_with_a_fault_is_refused_naming_the_field() {
        Api.Reply refused = Api.post("beijing-admin", "/api/v1/campaigns", "{\"type\":\"CUSTOM\",\"name\":\"x\","
                + "\"periodStart\":\"" + YEAR + "-05-01\",\"periodEnd\":\"" + YEAR + "-04-01\",\"budgetFen\":100,"
                + "\"benefit\":\"GOODS\",\"item\":\"x\",\"unitFen\":10,\"delivery\":\"ON_SITE\"}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("field").asText()).isEqualTo("periodEnd");
        Api.Reply clerk = Api.post("beijing-agency-clerk", "/api/v1/campaigns", "{}");
        assertThat(clerk.status()).isEqualTo(403);
    }

    static JsonNode find(JsonNode lines, long unitId) {
        for (JsonNode l : lines) {
            if (l.get("unitId").asLong() == unitId) {
                return l;
            }
        }
        throw new AssertionError("no line for unit " + unitId + " in " + lines);
    }
}
