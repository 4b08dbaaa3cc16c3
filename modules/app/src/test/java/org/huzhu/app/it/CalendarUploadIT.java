package org.huzhu.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A year's holiday arrangement uploaded through the API: an office admin's for the office's tenant, headquarters'
 * for every tenant; a wrong file refused with every line and nothing stored; the years without an arrangement
 * named to the office admin and headquarters only. Years far ahead (2091, 2092) keep the suite's other due dates
 * untouched; what a test stores it deletes.
 */
class CalendarUploadIT {

    private static final String GOOD = """
            # test arrangement, not an official one
            %1$d-01-01 holiday 元旦
            %1$d-10-01 holiday 国庆节
            """;

    @AfterEach
    void removeTestYears() throws SQLException {
        sql("DELETE FROM tenant_calendar_day WHERE YEAR(day) IN (2091, 2092) OR (day BETWEEN '"
                + firstMissingYear() + "-01-01' AND '" + firstMissingYear() + "-01-01' AND name = 'IT')");
        sql("DELETE FROM national_calendar_day WHERE YEAR(day) IN (2091, 2092)");
    }

    @Test
    void the_years_due_dates_reach_without_an_arrangement_are_named_to_admins_and_headquarters_only() {
        List<Integer> expected = yearsWithoutFile();
        assertThat(missing("beijing-admin")).isEqualTo(expected);
        assertThat(missing("hq-analyst")).isEqualTo(expected);
        assertThat(Api.get("beijing-claims-officer", "/api/v1/calendar/missing-years").status()).isEqualTo(403);
    }

    @Test
    void an_office_upload_covers_its_own_tenant_only() throws SQLException {
        org.junit.jupiter.api.Assumptions.assumeFalse(yearsWithoutFile().isEmpty(), "every year due dates reach has a file");
        int year = firstMissingYear();
        Api.Reply stored = upload("beijing-admin", year, year + "-01-01 holiday IT\n");
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        assertThat(stored.json().get("scope").asText()).isEqualTo("TENANT");
        assertThat(missing("beijing-admin")).doesNotContain(year);
        assertThat(missing("baoji-admin")).contains(year);
        assertThat(missing("hq-analyst")).as("baoji still lacks it").contains(year);
    }

    @Test
    void an_office_admin_stores_a_year_for_the_office_and_headquarters_for_everyone() throws SQLException {
        Api.Reply office = upload("beijing-admin", 2091, GOOD.formatted(2091));
        assertThat(office.status()).as(office.body()).isEqualTo(200);
        assertThat(office.json().get("holidays").asInt()).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM tenant_calendar_day WHERE tenant_id = 'beijing' AND YEAR(day) = 2091"))
                .isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM tenant_calendar_day WHERE tenant_id = 'baoji' AND YEAR(day) = 2091"))
                .isZero();
        Api.Reply national = upload("hq-analyst", 2092, GOOD.formatted(2092) + "2092-10-04 workday 国庆节调休\n");
        assertThat(national.status()).as(national.body()).isEqualTo(200);
        assertThat(national.json().get("scope").asText()).isEqualTo("NATIONAL");
        assertThat(national.json().get("workdays").asInt()).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM national_calendar_day WHERE YEAR(day) = 2092")).isEqualTo(3);
    }

    @Test
    void a_wrong_file_is_refused_with_every_line_and_rule_and_nothing_is_stored() throws SQLException {
        Api.Reply refused = upload("beijing-admin", 2091, """
                2091-01-01 holiday 元旦
                2091-02-30 holiday 春节
                2091-03-01 workday 调休
                2090-05-01 holiday 劳动节
                2091-10-01 holiday
                """);
        assertThat(refused.status()).isEqualTo(400);
        List<String> lines = new ArrayList<>();
        refused.json().get("errors").forEach(e -> lines.add(e.get("line").asInt() + " " + e.get("rule").asText()));
        assertThat(lines).containsExactly("2 DATE", "3 WORKDAY_NOT_WEEKEND", "4 OTHER_YEAR", "5 NAME");
        assertThat(count("SELECT COUNT(*) FROM tenant_calendar_day WHERE YEAR(day) = 2091")).isZero();
        assertThat(upload("beijing-admin", 2091, "2091-10-01 holiday 国庆节\n").json().get("errors").get(0)
                .get("rule").asText()).isEqualTo("NEW_YEAR_MISSING");
    }

    @Test
    void only_an_office_admin_or_headquarters_uploads() throws SQLException {
        assertThat(upload("beijing-claims-officer", 2091, GOOD.formatted(2091)).status()).isEqualTo(403);
        assertThat(count("SELECT COUNT(*) FROM tenant_calendar_day WHERE YEAR(day) = 2091")).isZero();
    }

    private static Api.Reply upload(String login, int year, String text) {
        return Api.send(HttpRequest.newBuilder(URI.create(Platform.appUrl() + "/api/v1/calendar/years/" + year))
                .header("Authorization", "Bearer " + Api.token(login)).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(text)).build());
    }

    private static List<Integer> missing(String login) {
        JsonNode years = Api.get(login, "/api/v1/calendar/missing-years").json().get("missingYears");
        List<Integer> list = new ArrayList<>();
        years.forEach(y -> list.add(y.asInt()));
        return list;
    }

    /** The years from today to 100 days ahead (CalendarCoverage's reach) with no CN-YYYY.txt in tenant-config. */
    private static List<Integer> yearsWithoutFile() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Path calendars = Path.of(System.getProperty("huzhu.config.dir", "../../tenant-config"), "calendar");
        List<Integer> years = new ArrayList<>();
        for (int y = today.getYear(); y <= today.plusDays(100).getYear(); y++) {
            if (!Files.exists(calendars.resolve("CN-" + y + ".txt"))) {
                years.add(y);
            }
        }
        return years;
    }

    private static int firstMissingYear() {
        List<Integer> years = yearsWithoutFile();
        return years.isEmpty() ? 2091 : years.get(0);
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = Platform.database(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void sql(String sql) throws SQLException {
        try (Connection c = Platform.database(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
