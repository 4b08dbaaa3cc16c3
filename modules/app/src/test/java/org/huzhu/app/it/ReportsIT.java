package org.huzhu.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.huzhu.kernel.calendar.CalendarDay;
import org.huzhu.kernel.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reporting's figures against the stored records: each indicator of the office dashboard equals a count the test
 * makes itself over the raw tables (written differently from the recount), after enrolling, after claims are paid,
 * after a payment fails (not paid, counted failed) and after the claim is paid again; figures kept by events under
 * concurrent filing and paying equal a full recount; the exports open and read back.
 */
class ReportsIT {

    static final String TENANT = "beijing";
    static final String ADMIN = "beijing-admin";
    static final String OFFICER = "beijing-claims-officer";
    static final LocalDate TODAY = LocalDate.now();
    /** A period over month boundaries: the dashboards answer it from daily and monthly rows. */
    static final LocalDate FROM = TODAY.minusDays(75);

    private static ClaimFixture fixture;

    @BeforeAll
    static void recountedFirst() throws Exception {
        Platform.awaitReady();
        recount(); // other tests wrote claims by SQL, as the bench does: their figures are recounted
        fixture = new ClaimFixture(91); // enrolled and paid through the API: kept by events from here on
    }

    @Test
    void every_indicator_equals_an_independent_count_when_claims_are_paid_fail_and_are_paid_again() throws Exception {
        assertIndicatorsMatchTheRecords("after the list was enrolled and paid");
        List<PayoutFixtures.Claim> claims = PayoutFixtures.approvedClaims(8, TODAY.minusDays(2), 2, i -> 12_345 + i * 100L);
        recount(); // made by SQL
        assertIndicatorsMatchTheRecords("after claims were approved");

        long run = gatheredAndApproved();
        PayoutFixtures.Claim refused = claims.get(3);
        StringBuilder result = new StringBuilder();
        for (String[] d : PayoutFixtures.details(PayoutFixtures.bankFile(OFFICER, run))) {
            boolean fail = d[2].equals("HZ" + run + "-" + refused.id());
            result.append(d[2]).append(fail ? "|F|B" : "|S|B").append(d[1]).append('|')
                    .append(fail ? "卡已销户" : "").append('\n');
        }
        assertThat(PayoutFixtures.postResult(ADMIN, run, result.toString()).status()).isEqualTo(202);
        PayoutFixtures.waitForStatus(run, "SETTLED");
        JsonNode afterFailure = office(FROM, TODAY);
        assertThat(afterFailure.at("/current/figures/PAYMENTS_FAILED/count").asLong()).isPositive();
        assertIndicatorsMatchTheRecords("after one payment failed");

        Api.Reply retried = Api.post(ADMIN, "/api/v1/claims/" + refused.id() + "/payment-retry", "");
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        long again = gatheredAndApproved();
        StringBuilder allPaid = new StringBuilder();
        PayoutFixtures.details(PayoutFixtures.bankFile(OFFICER, again))
                .forEach(d -> allPaid.append(d[2]).append("|S|N").append(d[1]).append("|\n"));
        assertThat(PayoutFixtures.postResult(ADMIN, again, allPaid.toString()).status()).isEqualTo(202);
        PayoutFixtures.waitForStatus(again, "SETTLED");
        JsonNode repaid = office(FROM, TODAY);
        assertThat(repaid.at("/current/figures/CLAIMS_PAID/count").asLong())
                .isEqualTo(afterFailure.at("/current/figures/CLAIMS_PAID/count").asLong()
                        + count("SELECT COUNT(*) FROM claim WHERE status = 'PAID' AND payout_run_id = " + again));
        assertIndicatorsMatchTheRecords("after the failed claim was paid again");
    }

    @Test
    void figures_kept_while_claims_are_filed_and_paid_from_several_threads_equal_a_full_recount() throws Exception {
        PayoutFixtures.approvedClaims(30, TODAY.minusDays(1), 10, i -> 5_000 + i);
        recount();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                int thread = t;
                work.add(threads.submit(() -> {
                    for (int i = 0; i < 6; i++) {
                        fileClaim(fixture.members.get((thread * 6 + i) % fixture.members.size()), i);
                    }
                    return null;
                }));
            }
            work.add(threads.submit(() -> {
                long run = gatheredAndApproved();
                StringBuilder paid = new StringBuilder();
                PayoutFixtures.details(PayoutFixtures.bankFile(OFFICER, run)).forEach(d -> paid.append(d[2])
                        .append(d[2].hashCode() % 7 == 0 ? "|F|B" + d[1] + "|账户冻结\n" : "|S|B" + d[1] + "|\n"));
                assertThat(PayoutFixtures.postResult(ADMIN, run, paid.toString()).status()).isEqualTo(202);
                PayoutFixtures.waitForStatus(run, "SETTLED");
                return null;
            }));
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            threads.shutdown();
        }
        LocalDate from = TODAY.minusYears(4).withDayOfYear(1);
        JsonNode kept = office(from, TODAY);
        assertHeadquartersRollupsAgree("kept by events");
        recount();
        JsonNode recounted = office(from, TODAY);
        for (String part : List.of("/current", "/lastYear", "/perPlan", "/perAgency", "/perMonth")) {
            assertThat(kept.at(part)).as(part + ": kept by events vs recounted").isEqualTo(recounted.at(part));
        }
        assertIndicatorsMatchTheRecords("after the concurrent writes");
        assertHeadquartersRollupsAgree("after a recount");
    }

    /**
     * Headquarters' tables, written beside the per-city ones by the same transactions, hold the same sums: the
     * 16 shards of every cell add up to the cities' per-plan cells, and each city's totals to its plans (a cell may
     * be kept in a row per writing database node: the recount's and the events' here).
     */
    private static void assertHeadquartersRollupsAgree(String when) throws SQLException {
        for (String grain : List.of("day", "month")) {
            String hq = "(SELECT period, figure, plan_code, SUM(cnt) c, SUM(fen) f FROM report_hq_" + grain
                    + " GROUP BY period, figure, plan_code HAVING c <> 0 OR f <> 0)";
            String cities = "(SELECT period, figure, plan_code, SUM(cnt) c, SUM(fen) f FROM report_city_" + grain
                    + " GROUP BY period, figure, plan_code HAVING c <> 0 OR f <> 0)";
            assertThat(count("SELECT COUNT(*) FROM " + cities + " x")).as(grain + " cells").isPositive();
            for (String[] sides : new String[][] {{hq, cities}, {cities, hq}}) {
                assertThat(count("SELECT COUNT(*) FROM " + sides[0] + " a LEFT JOIN " + sides[1] + " b ON b.period = "
                        + "a.period AND b.figure = a.figure AND b.plan_code = a.plan_code WHERE b.c IS NULL OR b.c <> a.c"
                        + " OR b.f <> a.f")).as("headquarters' " + grain + " cells vs the cities', " + when).isZero();
            }
            assertThat(count("SELECT COUNT(*) FROM (SELECT tenant_id, period, figure, SUM(cnt) c, SUM(fen) f FROM "
                    + "report_city_" + grain + " GROUP BY 1, 2, 3) a LEFT JOIN (SELECT tenant_id, period, figure,"
                    + " SUM(cnt) cnt, SUM(fen) fen FROM report_city_total_" + grain + " GROUP BY 1, 2, 3) b ON "
                    + "b.tenant_id = a.tenant_id AND b.period = a.period AND b.figure = a.figure WHERE (a.c <> 0 OR "
                    + "a.f <> 0) AND (b.cnt IS NULL OR b.cnt <> a.c OR b.fen <> a.f)"))
                    .as("each city's " + grain + " totals vs its plans, " + when).isZero();
        }
    }

    @Test
    void the_dashboard_exports_open_and_read_back() throws Exception {
        JsonNode figures = office(FROM, TODAY);
        String query = "?from=" + FROM + "&to=" + TODAY;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download(ADMIN,
                "/api/v1/reports/office.xlsx" + query)))) {
            Sheet indicators = book.getSheet("指标");
            assertThat(indicators.getRow(0).getCell(0).getStringCellValue()).isEqualTo("指标");
            assertThat(indicators.getRow(1).getCell(0).getStringCellValue()).isEqualTo("参保人次");
            assertThat(indicators.getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo(figures.at("/current/figures/ENROLMENTS/count").asText());
            assertThat(book.getSheet("按计划").getPhysicalNumberOfRows()).isEqualTo(figures.get("perPlan").size() + 1);
        }
        long late = count("SELECT COUNT(*) FROM claim WHERE tenant_id = '" + TENANT + "' AND status = 'PAID' AND paid_on"
                + " BETWEEN '" + FROM + "' AND '" + TODAY + "' AND paid_on > due_date");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download(ADMIN,
                "/api/v1/reports/office/late-claims.xlsx" + query)))) {
            assertThat(book.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(late + 1);
        }
        try (PDDocument pdf = Loader.loadPDF(download(ADMIN, "/api/v1/reports/office.pdf" + query))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("工作看板").contains("参保人次").contains("各计划受助金额")
                    .contains(figures.at("/current/figures/CLAIMS_PAID/yuan").asText());
        }
        try (PDDocument pdf = Loader.loadPDF(download("hq-analyst", "/api/v1/reports/headquarters.pdf" + query))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("总部看板").contains("各城市受助金额");
        }
        JsonNode hq = Api.get("hq-analyst", "/api/v1/reports/headquarters" + query).json();
        JsonNode beijing = null;
        for (JsonNode city : hq.get("cities")) {
            if (city.get("tenant").asText().equals(TENANT)) {
                beijing = city;
            }
        }
        assertThat(beijing).isNotNull();
        assertThat(beijing.get("current")).as("headquarters' Beijing = Beijing's own dashboard")
                .isEqualTo(figures.get("current"));
        Api.Reply refused = Api.get(ADMIN, "/api/v1/reports/office?from=2026-13-01");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asText()).isEqualTo("from");
    }

    /**
     * Last month's report is made by the server's hourly job (the first round a minute after start-up) and kept:
     * PDF and Excel in Chinese and English, each file's hash as listed, the month's days in its title, the agency
     * clerk refused, a bad name 400 and a month never kept 404 naming it.
     */
    @Test
    void last_months_report_is_kept_as_pdf_and_excel_in_both_languages() throws Exception {
        java.time.YearMonth last = java.time.YearMonth.now().minusMonths(1);
        Map<String, JsonNode> files = awaitKept(last);
        assertThat(files.keySet()).containsExactlyInAnyOrder("pdf/zh", "pdf/en", "xlsx/zh", "xlsx/en");
        for (JsonNode file : files.values()) {
            byte[] content = download(ADMIN, file.get("path").asText());
            assertThat(content).hasSize(file.get("bytes").asInt());
            assertThat(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(content))).as(file.toString()).isEqualTo(file.get("sha256").asText());
        }
        String days = last.atDay(1) + " 至 " + last.atEndOfMonth();
        try (PDDocument pdf = Loader.loadPDF(download(ADMIN, files.get("pdf/zh").get("path").asText()))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("工作看板").contains(days).contains("参保人次");
        }
        try (PDDocument pdf = Loader.loadPDF(download(ADMIN, files.get("pdf/en").get("path").asText()))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(last.atDay(1).toString()).doesNotContain("参保人次");
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                download(ADMIN, files.get("xlsx/zh").get("path").asText())))) {
            assertThat(book.getSheet("指标").getRow(1).getCell(0).getStringCellValue()).isEqualTo("参保人次");
        }
        assertThat(Api.get("beijing-agency-clerk", "/api/v1/reports/monthly").status()).isEqualTo(403);
        Api.Reply badName = Api.get(ADMIN, "/api/v1/reports/monthly/2026-1.pdf");
        assertThat(badName.status()).isEqualTo(400);
        assertThat(badName.json().get("field").asText()).isEqualTo("file");
        Api.Reply never = Api.get(ADMIN, "/api/v1/reports/monthly/1999-01.pdf");
        assertThat(never.status()).isEqualTo(404);
        assertThat(never.body()).contains("1999-01");
    }

    /** The month's kept files by "format/language", waiting up to five minutes for the job's round. */
    private static Map<String, JsonNode> awaitKept(java.time.YearMonth month) throws InterruptedException {
        Map<String, JsonNode> files = new java.util.HashMap<>();
        for (int i = 0; i < 150 && files.size() < 4; i++) {
            files.clear();
            for (JsonNode file : Api.get(ADMIN, "/api/v1/reports/monthly?months=3").json()) {
                if (file.get("month").asText().equals(month.toString())) {
                    files.put(file.get("format").asText() + "/" + file.get("language").asText(), file);
                }
            }
            Thread.sleep(files.size() < 4 ? 2_000 : 0);
        }
        return files;
    }

    // ---- the independent count -------------------------------------------------------------------------------

    static void assertIndicatorsMatchTheRecords(String when) throws Exception {
        for (LocalDate[] period : List.of(new LocalDate[] {FROM, TODAY}, new LocalDate[] {TODAY.withDayOfYear(1), TODAY},
                new LocalDate[] {FROM.minusYears(1), TODAY.minusYears(1)})) {
            JsonNode figures = office(period[0], period[1]).at("/current/figures");
            Map<String, long[]> counted = countedFromRecords(period[0], period[1]);
            counted.forEach((figure, expected) -> {
                assertThat(figures.at("/" + figure + "/count").asLong()).as(when + ": " + figure + " count, "
                        + period[0] + " to " + period[1]).isEqualTo(expected[0]);
                assertThat(figures.at("/" + figure + "/fen").asLong()).as(when + ": " + figure + " fen, "
                        + period[0] + " to " + period[1]).isEqualTo(expected[1]);
            });
        }
    }

    private static Map<String, long[]> countedFromRecords(LocalDate from, LocalDate to) throws Exception {
        String t = "tenant_id = '" + TENANT + "'";
        String in = " BETWEEN '" + from + "' AND '" + to + "'";
        Map<String, long[]> counted = new LinkedHashMap<>();
        counted.put("ENROLMENTS", pair("SELECT COUNT(*), COALESCE(SUM(fee_fen), 0) FROM enrolment WHERE " + t
                + " AND DATE(enrolled_at)" + in));
        counted.put("NEW_MEMBERS", pair("SELECT COUNT(*), 0 FROM enrolment e WHERE e." + t + " AND DATE(e.enrolled_at)"
                + in + " AND NOT EXISTS (SELECT 1 FROM enrolment p WHERE p.tenant_id = e.tenant_id"
                + " AND p.member_id = e.member_id AND p.id < e.id)"));
        counted.put("FEES_COLLECTED", pair("SELECT COUNT(*), COALESCE(SUM(amount_fen), 0) FROM enrolment_payment WHERE "
                + t + " AND paid_on" + in));
        counted.put("CLAIMS_FILED", pair("SELECT COUNT(*), 0 FROM claim WHERE " + t + " AND filed_on" + in));
        counted.put("CLAIMS_PAID", pair("SELECT COUNT(*), COALESCE(SUM(approved_fen), 0) FROM claim WHERE " + t
                + " AND status = 'PAID' AND paid_on" + in));
        counted.put("CLAIMS_PAID_BY_DUE", pair("SELECT COUNT(*), COALESCE(SUM(approved_fen), 0) FROM claim WHERE " + t
                + " AND status = 'PAID' AND paid_on <= due_date AND paid_on" + in));
        counted.put("CLAIMS_PAID_IN_10_DAYS", paidWithinTenWorkingDays(t, in));
        counted.put("PAYMENTS_GATHERED", pair("SELECT COUNT(*), COALESCE(SUM(p.amount_fen), 0) FROM payout_payment p, "
                + "payout_run r WHERE r.id = p.run_id AND p." + t + " AND r.payout_date" + in));
        counted.put("PAYMENTS_PAID", pair("SELECT COUNT(*), COALESCE(SUM(amount_fen), 0) FROM payout_payment WHERE " + t
                + " AND status = 'PAID' AND settled_on" + in));
        counted.put("PAYMENTS_FAILED", pair("SELECT COUNT(*), COALESCE(SUM(amount_fen), 0) FROM payout_payment WHERE "
                + t + " AND status = 'FAILED' AND settled_on" + in));
        return counted;
    }

    /** Counted claim by claim with the tenant's calendar (national days overridden by the tenant's). */
    private static long[] paidWithinTenWorkingDays(String t, String in) throws SQLException {
        List<CalendarDay> days = new ArrayList<>();
        try (Connection c = Platform.database()) {
            for (String sql : List.of("SELECT day, kind FROM national_calendar_day",
                    "SELECT day, kind FROM tenant_calendar_day WHERE " + t)) {
                try (ResultSet r = c.createStatement().executeQuery(sql)) {
                    while (r.next()) {
                        days.add(new CalendarDay(r.getDate(1).toLocalDate(), CalendarDay.Kind.valueOf(r.getString(2)),
                                ""));
                    }
                }
            }
            WorkingDayCalendar calendar = WorkingDayCalendar.of(days);
            long count = 0;
            long fen = 0;
            try (ResultSet r = c.createStatement().executeQuery("SELECT filed_on, paid_on, approved_fen FROM claim WHERE "
                    + t + " AND status = 'PAID' AND paid_on" + in)) {
                while (r.next()) {
                    LocalDate filed = r.getDate(1).toLocalDate();
                    if (calendar.workingDaysBetween(filed, r.getDate(2).toLocalDate()) <= 10) {
                        count++;
                        fen += r.getLong(3);
                    }
                }
            }
            return new long[] {count, fen};
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static long gatheredAndApproved() throws Exception {
        Api.Reply created = Api.post(ADMIN, "/api/v1/payout-runs", "");
        assertThat(created.status()).as(created.body()).isEqualTo(202);
        long run = created.json().get("id").asLong();
        PayoutFixtures.waitForStatus(run, "GATHERED");
        PayoutFixtures.mendMissingCards(run);
        Api.Reply approved = Api.post(OFFICER, "/api/v1/payout-runs/" + run + "/approval", "");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        return run;
    }

    private static void fileClaim(long member, int i) {
        String day = TODAY.minusDays(3 + i).toString();
        Api.Reply filed = Api.post("beijing-agency-clerk", "/api/v1/claims", "{\"memberId\":" + member
                + ",\"planCode\":\"inpatient-medical\",\"benefitCode\":\"medical\",\"eventDate\":\"" + day
                + "\",\"admission\":\"" + day + "\",\"discharge\":\"" + day + "\",\"selfPaid\":\"" + (300 + i) + ".00\"}");
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    }

    private static JsonNode office(LocalDate from, LocalDate to) {
        Api.Reply reply = Api.get(ADMIN, "/api/v1/reports/office?from=" + from + "&to=" + to);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    static void recount() {
        Api.Reply reply = Api.post(ADMIN, "/api/v1/reports/recount", "");
        assertThat(reply.status()).as(reply.body()).isEqualTo(204);
    }

    private static byte[] download(String user, String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(Platform.appUrl() + path)).header("Authorization", "Bearer " + Api.token(user))
                .header("Accept-Language", "zh-CN").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static long[] pair(String sql) throws SQLException {
        try (Connection c = Platform.database(); ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return new long[] {r.getLong(1), r.getLong(2)};
        }
    }

    private static long count(String sql) throws SQLException {
        return PayoutFixtures.count(sql);
    }
}
