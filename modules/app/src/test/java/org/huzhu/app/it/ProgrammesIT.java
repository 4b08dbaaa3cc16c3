package org.huzhu.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Relief, the loan pipeline and campaign reach on the dashboards are each module's own figures: the office's
 * programmes equal, row by row, what the relief figures, the loan board and the campaigns answer for the same year,
 * and headquarters' Beijing row adds up the same figures. Whatever the other tests of the run wrote, the two sides
 * are read one after the other from the same records.
 */
class ProgrammesIT {

    private static final String ADMIN = "beijing-admin";
    private static final int YEAR = LocalDate.now().getYear();

    @Test
    void the_office_sees_each_programme_as_its_own_pages_count_it() {
        Map<String, JsonNode> rows = new HashMap<>();
        JsonNode programmes = Api.get(ADMIN, "/api/v1/reports/programmes?year=" + YEAR).json();
        assertThat(programmes.get("year").asInt()).isEqualTo(YEAR);
        programmes.get("rows").forEach(r -> rows.put(r.get("indicator").asText(), r));

        JsonNode relief = Api.get(ADMIN, "/api/v1/relief-figures?year=" + YEAR).json();
        for (String category : new String[] {"SECONDARY_AID", "CONDOLENCE", "RELIEF_FUND"}) {
            long[] expected = {0, 0, 0, 0};
            for (JsonNode c : relief.get("categories")) {
                if (c.get("category").asText().equals(category)) {
                    expected = new long[] {c.get("people").asLong(), c.get("amountFen").asLong(),
                            c.get("lastYearPeople").asLong(), c.get("lastYearAmountFen").asLong()};
                }
            }
            String indicator = category.startsWith("RELIEF_") ? category : "RELIEF_" + category;
            assertThat(figures(rows.get(indicator))).as(category).containsExactly(expected);
        }

        JsonNode loans = Api.get(ADMIN, "/api/v1/loans/dashboard?year=" + YEAR).json();
        for (JsonNode stage : loans.get("stages")) {
            JsonNode row = rows.get("LOANS_" + stage.get("stage").asText());
            if (row != null) {
                assertThat(figures(row)).as(stage.toString()).containsExactly(stage.get("count").asLong(),
                        stage.get("amountFen").asLong(), stage.get("lastYearCount").asLong(),
                        stage.get("lastYearAmountFen").asLong());
            }
        }
        assertThat(rows.get("LOANS_SUBSIDY_PAID").get("fen").asLong()).isEqualTo(loans.get("subsidyPaidFen").asLong());

        long[] now = campaigns(YEAR);
        long[] before = campaigns(YEAR - 1);
        assertThat(figures(rows.get("CAMPAIGNS_REACHED"))).containsExactly(now[0], now[1], before[0], before[1]);

        assertThat(Api.get("beijing-agency-clerk", "/api/v1/reports/programmes").status()).isEqualTo(403);
    }

    @Test
    void headquarters_sees_every_city_with_the_figures_its_office_sees() {
        JsonNode beijing = null;
        int cities = 0;
        for (JsonNode city : Api.get("hq-analyst", "/api/v1/reports/headquarters/programmes?year=" + YEAR).json()) {
            cities++;
            beijing = city.get("tenantId").asText().equals("beijing") ? city : beijing;
        }
        assertThat(cities).isGreaterThanOrEqualTo(2);
        assertThat(beijing).isNotNull();
        long people = 0;
        long fen = 0;
        for (JsonNode c : Api.get(ADMIN, "/api/v1/relief-figures?year=" + YEAR).json().get("categories")) {
            people += c.get("people").asLong();
            fen += c.get("amountFen").asLong();
        }
        assertThat(beijing.get("reliefPeople").asLong()).isEqualTo(people);
        assertThat(beijing.get("reliefFen").asLong()).isEqualTo(fen);
        for (JsonNode stage : Api.get(ADMIN, "/api/v1/loans/dashboard?year=" + YEAR).json().get("stages")) {
            if (stage.get("stage").asText().equals("DISBURSED")) {
                assertThat(beijing.get("loansDisbursed").asLong()).isEqualTo(stage.get("count").asLong());
                assertThat(beijing.get("loansDisbursedFen").asLong()).isEqualTo(stage.get("amountFen").asLong());
            }
        }
        assertThat(beijing.get("campaignsReached").asLong()).isEqualTo(campaigns(YEAR)[0]);
        assertThat(Api.get(ADMIN, "/api/v1/reports/headquarters/programmes").status()).isEqualTo(403);
    }

    /** People reached and spend of the year's distribution campaigns, as the campaigns list answers. */
    private static long[] campaigns(int year) {
        long reached = 0;
        long spent = 0;
        for (JsonNode c : Api.get(ADMIN, "/api/v1/campaigns?year=" + year).json()) {
            reached += c.get("reached").asLong();
            spent += c.get("spentFen").asLong();
        }
        return new long[] {reached, spent};
    }

    private static long[] figures(JsonNode row) {
        assertThat(row).isNotNull();
        return new long[] {row.get("count").asLong(), row.get("fen").asLong(), row.get("lastYearCount").asLong(),
                row.get("lastYearFen").asLong()};
    }
}
