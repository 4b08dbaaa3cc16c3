package org.huzhu.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Relief in figures (issue 14, part 5), correct to the fen: after a fund grant of 654.32 yuan made here, Beijing's
 * figures for the year equal the test's own SQL over the stored records: approved aid runs' and condolence items'
 * lines within budget, and granted fund applications, counted by the year they were decided, this year and last;
 * items and agency offices add up to their categories; the fund's balance at this month's end is donations less
 * grants dated by then; households out of hardship this year. Headquarters sees the same categories for Beijing,
 * and nobody else may read across cities.
 */
class ReliefFiguresIT {

    static final String ADMIN = "beijing-admin";
    static final int YEAR = LocalDate.now().getYear();

    @BeforeAll
    static void ready() throws InterruptedException {
        Platform.awaitReady();
    }

    @Test
    void the_office_s_figures_equal_a_direct_count_of_what_was_decided() throws SQLException {
        long fundBefore = category(office(), "RELIEF_FUND").get("amountFen").asLong();
        grant(65_432);
        JsonNode f = office();
        assertThat(category(f, "RELIEF_FUND").get("amountFen").asLong() - fundBefore).isEqualTo(65_432);
        try (Connection c = Platform.database()) {
            for (int y : new int[] {YEAR, YEAR - 1}) {
                String people = y == YEAR ? "people" : "lastYearPeople";
                String fen = y == YEAR ? "amountFen" : "lastYearAmountFen";
                long[] aid = counted(c, "SELECT COUNT(*), COALESCE(SUM(l.aid_fen), 0) FROM aid_line l JOIN aid_run r "
                        + "ON r.id = l.run_id WHERE l.tenant_id = 'beijing' AND r.status = 'APPROVED' AND l.within_budget "
                        + "AND YEAR(r.approved_at) = ?", y);
                long[] condolence = counted(c, "SELECT COUNT(*), COALESCE(SUM(l.amount_fen), 0) FROM condolence_line l "
                        + "JOIN condolence_item i ON i.id = l.item_id WHERE l.tenant_id = 'beijing' AND i.status = "
                        + "'APPROVED' AND l.within_budget AND YEAR(i.approved_at) = ?", y);
                long[] fund = counted(c, "SELECT COUNT(*), COALESCE(SUM(granted_fen), 0) FROM relief_application WHERE "
                        + "tenant_id = 'beijing' AND status IN ('GRANTED', 'SCHEDULED', 'PAID', 'PAYMENT_FAILED') AND "
                        + "YEAR(decided_at) = ?", y);
                expect(f, "SECONDARY_AID", people, fen, aid);
                expect(f, "CONDOLENCE", people, fen, condolence);
                expect(f, "RELIEF_FUND", people, fen, fund);
                long total = aid[1] + condolence[1] + fund[1];
                assertThat(sum(f.get("items"), fen)).as("items add up, " + y).isEqualTo(total);
                assertThat(sum(f.get("agencies"), fen)).as("agency offices add up, " + y).isEqualTo(total);
                assertThat(sum(f.get("agencies"), people)).isEqualTo(aid[0] + condolence[0] + fund[0]);
            }
            LocalDate monthEnd = LocalDate.now().withDayOfMonth(LocalDate.now().lengthOfMonth());
            long balance = counted(c, "SELECT 0, COALESCE(SUM(CASE kind WHEN 'DONATION' THEN ABS(amount_fen) ELSE "
                    + "-ABS(amount_fen) END), 0) FROM fund_entry WHERE tenant_id = 'beijing' AND entry_date <= '"
                    + monthEnd + "' AND ? > 0", 1)[1];
            assertThat(f.get("fundBalance").get(LocalDate.now().getMonthValue() - 1).get("balanceFen").asLong())
                    .isEqualTo(balance);
            assertThat(f.get("householdsOut").asLong()).isEqualTo(counted(c, "SELECT COUNT(*), 0 FROM hardship_file "
                    + "WHERE tenant_id = 'beijing' AND status = 'OUT_OF_HARDSHIP' AND YEAR(out_on) = ?", YEAR)[0]);
        }
        assertThat(f.get("items")).anySatisfy(i -> assertThat(i.get("name").asText()).isEqualTo("MAJOR_ILLNESS"));

        JsonNode beijing = null;
        for (JsonNode city : Api.get("hq-analyst", "/api/v1/hq/relief-figures?year=" + YEAR).json()) {
            if ("beijing".equals(city.get("tenantId").asText())) {
                beijing = city.get("figures");
            }
        }
        assertThat(beijing).isNotNull();
        assertThat(beijing.get("categories")).isEqualTo(f.get("categories"));
        assertThat(beijing.get("agencies")).isEmpty();
        assertThat(Api.get(ADMIN, "/api/v1/hq/relief-figures").status()).isEqualTo(403);
        assertThat(Api.get("beijing-claims-officer", "/api/v1/relief-figures").status()).isEqualTo(403);
    }

    private static JsonNode office() {
        Api.Reply reply = Api.get(ADMIN, "/api/v1/relief-figures?year=" + YEAR);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    /** A donation, then a major-illness application filed, checked and granted {@code fen} by the committee. */
    private static void grant(long fen) {
        String fund = "/api/v1/relief-fund";
        String seed = Long.toString(System.nanoTime() % 1_000_000_000L);
        long member = Api.get("beijing-grassroots-clerk", "/api/v1/members?limit=1").json().get("items").get(0)
                .get("id").asLong();
        Api.Reply donated = Api.post(ADMIN, fund + "/donations", "{\"donor\":\"区总工会\",\"amountFen\":500000,"
                + "\"donatedOn\":\"" + LocalDate.now() + "\",\"receiptNo\":\"FIG-" + seed + "\"}");
        assertThat(donated.status()).as(donated.body()).isEqualTo(201);
        Api.Reply filed = Api.post("beijing-grassroots-clerk", fund + "/applications", "{\"memberId\":" + member
                + ",\"kind\":\"MAJOR_ILLNESS\",\"illnessCategory\":\"LEUKAEMIA\",\"selfPaidAfterOtherAidFen\":400000}");
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        long id = filed.json().get("id").asLong();
        Api.Reply checked = Api.post("beijing-agency-clerk", fund + "/applications/" + id + "/check",
                "{\"passed\":true,\"note\":\"属实\"}");
        assertThat(checked.status()).as(checked.body()).isEqualTo(200);
        Api.Reply decided = Api.post(ADMIN, fund + "/applications/" + id + "/decision", "{\"grant\":true,\"amountFen\":"
                + fen + ",\"committee\":[\"王主任\",\"李委员\",\"赵委员\"],\"reason\":\"经评审符合救助条件\"}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
    }

    private static JsonNode category(JsonNode figures, String name) {
        for (JsonNode c : figures.get("categories")) {
            if (name.equals(c.get("category").asText())) {
                return c;
            }
        }
        return new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("people", 0)
                .put("amountFen", 0).put("lastYearPeople", 0).put("lastYearAmountFen", 0);
    }

    private static void expect(JsonNode figures, String name, String people, String fen, long[] counted) {
        JsonNode c = category(figures, name);
        assertThat(c.get(people).asLong()).as(name + " " + people).isEqualTo(counted[0]);
        assertThat(c.get(fen).asLong()).as(name + " " + fen).isEqualTo(counted[1]);
    }

    private static long sum(JsonNode rows, String field) {
        long total = 0;
        for (JsonNode r : rows) {
            total += r.get(field).asLong();
        }
        return total;
    }

    private static long[] counted(Connection c, String sql, int year) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setInt(1, year);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new long[] {r.getLong(1), r.getLong(2)};
            }
        }
    }
}
