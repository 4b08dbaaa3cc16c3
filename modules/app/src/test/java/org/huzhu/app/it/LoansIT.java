package org.huzhu.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A founder's microloan over HTTP with real logins, from the application to a subsidised quarter: the demo member
 * files for themselves with the three documents, the agency clerk records the field investigation, the office the
 * guarantee, the bank's approval and the disbursement (entered after the fact: paid out the 15th of the month
 * before last quarter), repayments come by hand and from the bank's file, last quarter's subsidy is computed by the
 * office admin and approved by the claims officer. Beijing's "founder" product: 3.45% at the bank, the borrower
 * pays LPR (3.00% since 20 May 2025) - 150 bp = 1.50%, so on 200,000.00 the first month's interest is 575.00, of
 * which the borrower pays 250.00 and the subsidy 325.00.
 */
class LoansIT {

    static final LocalDate TODAY = LocalDate.now();
    static final LocalDate LAST_QUARTER_START = TODAY.with(IsoFields.DAY_OF_QUARTER, 1).minusMonths(3);
    static final String LAST_QUARTER = LAST_QUARTER_START.getYear() + "Q" + LAST_QUARTER_START.get(IsoFields.QUARTER_OF_YEAR);
    static final LocalDate PAID_OUT = LAST_QUARTER_START.minusMonths(1).withDayOfMonth(15);
    static final String CONTRACT = "BOB-IT-" + System.nanoTime();

    static long applicationId;

    @BeforeAll
    static void ready() throws InterruptedException {
        Platform.awaitReady();
    }

    @Test
    void a_founder_goes_from_application_to_a_subsidised_quarter() {
        JsonNode products = Api.get("beijing-member", "/api/v1/loan-products").json();
        JsonNode founder = product(products, "founder");
        assertThat(founder.get("terms").get("maxAmountFen").asLong()).isEqualTo(20_000_000L);
        assertThat(founder.get("borrowerPercentToday").decimalValue()).isEqualByComparingTo("1.50");

        Api.Reply tooMuch = Api.post("beijing-member", "/api/v1/loan-applications", application("600000.00"));
        assertThat(tooMuch.status()).as(tooMuch.body()).isEqualTo(400);
        assertThat(tooMuch.json().get("code").asText()).isEqualTo("microloans.refused.amountRange");
        assertThat(tooMuch.json().get("field").asText()).isEqualTo("amount");
        assertThat(tooMuch.json().get("zh").asText()).contains("10000.00", "200000.00");

        Api.Reply filed = Api.post("beijing-member", "/api/v1/loan-applications", application("200000.00"));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        applicationId = filed.json().get("id").asLong();
        assertThat(filed.json().get("accountMasked").asText()).isEqualTo("6222****0001");
        String path = "/api/v1/loan-applications/" + applicationId;

        Api.Reply early = Api.post("beijing-admin", path + "/disbursement", "{\"on\":\"" + PAID_OUT + "\"}");
        assertThat(early.status()).as(early.body()).isEqualTo(409);
        assertThat(early.json().get("code").asText()).isEqualTo("microloans.refused.state");
        assertThat(early.json().get("en").asText()).contains("FILED", "DISBURSE");
        Api.Reply noDocuments = Api.post("beijing-agency-clerk", path + "/investigation", investigation());
        assertThat(noDocuments.status()).as(noDocuments.body()).isEqualTo(409);
        assertThat(noDocuments.json().get("code").asText()).isEqualTo("microloans.refused.documentsMissing");

        for (String kind : new String[] {"BUSINESS_LICENCE", "FOUNDER_ID", "BUSINESS_PLAN"}) {
            Api.Reply added = EnrolmentImportIT.send("beijing-member", "POST", path + "/documents?kind=" + kind
                    + "&fileName=" + kind + ".pdf", HttpRequest.BodyPublishers.ofByteArray(ClaimsIT.pdf()), "application/pdf");
            assertThat(added.status()).as(added.body()).isEqualTo(200);
        }
        assertThat(Api.post("beijing-grassroots-clerk", path + "/investigation", investigation()).status()).isEqualTo(403);
        step("beijing-agency-clerk", path + "/investigation", investigation(), "INVESTIGATED");
        step("beijing-admin", path + "/guarantee", "{\"guarantor\":\"北京首创融资担保有限公司\",\"approved\":true,"
                + "\"note\":\"同意\",\"on\":\"" + PAID_OUT.minusDays(10) + "\"}", "GUARANTEED");
        step("beijing-admin", path + "/bank-approval", "{\"bank\":\"北京银行\",\"amount\":\"200000.00\",\"months\":36,"
                + "\"bankPercent\":\"3.45\",\"contractNo\":\"" + CONTRACT + "\",\"on\":\"" + PAID_OUT.minusDays(3) + "\"}",
                "BANK_APPROVED");
        JsonNode disbursed = step("beijing-admin", path + "/disbursement", "{\"on\":\"" + PAID_OUT + "\"}", "DISBURSED");
        long loanId = disbursed.get("loanId").asLong();

        Api.Reply late = Api.post("beijing-member", path + "/withdrawal", "{\"reason\":\"不再需要\"}");
        assertThat(late.status()).as(late.body()).isEqualTo(409);
        assertThat(Api.get("beijing-admin", path + "/audit").json()).extracting(a -> a.get("code").asText())
                .containsExactly("FILED", "DOCUMENT_ADDED", "DOCUMENT_ADDED", "DOCUMENT_ADDED", "INVESTIGATED",
                        "GUARANTEED", "BANK_APPROVED", "DISBURSED");

        JsonNode loan = Api.get("beijing-member", "/api/v1/loans/" + loanId).json();
        JsonNode first = loan.get("schedule").get(0);
        assertThat(loan.get("schedule")).hasSize(36);
        assertThat(first.get("interestFen").asLong()).isEqualTo(57_500L);
        assertThat(first.get("borrowerInterestFen").asLong()).isEqualTo(25_000L);
        assertThat(first.get("subsidisedInterestFen").asLong()).isEqualTo(32_500L);
        assertThat(first.get("principalFen").asLong() + first.get("interestFen").asLong()).isEqualTo(585_599L);

        repayByHand(loan, 1);
        String file = "流水号,合同编号,期次,还款日期,本金,利息,罚息\n"
                + line("R2-" + CONTRACT, loan, 2, 0) + line("R3-" + CONTRACT, loan, 3, 5)
                + "R9-" + CONTRACT + ",NO-SUCH-CONTRACT,1," + PAID_OUT.plusMonths(1) + ",1.00,1.00,0\n";
        JsonNode imported = repaymentFile(file);
        assertThat(imported.get("recorded").asInt()).isEqualTo(2);
        assertThat(imported.get("problems")).singleElement().satisfies(p -> {
            assertThat(p.get("line").asInt()).isEqualTo(4);
            assertThat(p.get("rule").asText()).isEqualTo("UNKNOWN_CONTRACT");
        });
        JsonNode again = repaymentFile(file);
        assertThat(again.get("recorded").asInt()).isZero();
        assertThat(again.get("alreadyRecorded").asInt()).isEqualTo(2);

        JsonNode standing = Api.get("beijing-admin", "/api/v1/loans/" + loanId).json();
        JsonNode fourth = standing.get("schedule").get(3);
        LocalDate fourthDue = LocalDate.parse(fourth.get("dueDate").asText());
        assertThat(fourth.get("overdue").asBoolean()).isEqualTo(TODAY.isAfter(fourthDue));
        assertThat(fourth.get("daysOverdue").asLong()).isEqualTo(Math.max(0, ChronoUnit.DAYS.between(fourthDue, TODAY)));
        assertThat(standing.get("schedule").get(2).get("daysOverdue").asLong()).isEqualTo(5L); // paid 5 days late

        Api.Reply open = Api.post("beijing-admin", "/api/v1/loans/subsidies", "{\"period\":\"" + thisQuarter() + "\"}");
        assertThat(open.status()).as(open.body()).isEqualTo(409);
        Api.Reply settled = Api.post("beijing-admin", "/api/v1/loans/subsidies", "{\"period\":\"" + LAST_QUARTER + "\"}");
        assertThat(settled.status()).as(settled.body()).isEqualTo(200);
        JsonNode subsidy = subsidyOf(settled.json(), loanId);
        long expected = standing.get("schedule").get(0).get("subsidisedInterestFen").asLong()
                + standing.get("schedule").get(1).get("subsidisedInterestFen").asLong();
        assertThat(subsidy.get("amountFen").asLong()).isEqualTo(expected);
        assertThat(subsidy.get("working")).extracting(w -> w.get("outcome").asText())
                .containsExactly("ON_TIME", "ON_TIME", "LATE");
        assertThat(subsidy.get("status").asText()).isEqualTo("COMPUTED");

        String approval = "/api/v1/loans/subsidies/" + subsidy.get("id").asLong() + "/approval";
        Api.Reply self = Api.post("beijing-admin", approval, "");
        assertThat(self.status()).as(self.body()).isEqualTo(409);
        assertThat(self.json().get("code").asText()).isEqualTo("microloans.refused.secondPerson");
        Api.Reply approved = Api.post("beijing-claims-officer", approval, "");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asText()).isEqualTo("APPROVED");

        JsonNode resettled = subsidyOf(Api.post("beijing-admin", "/api/v1/loans/subsidies",
                "{\"period\":\"" + LAST_QUARTER + "\"}").json(), loanId);
        assertThat(resettled.get("id").asLong()).isEqualTo(subsidy.get("id").asLong());
        assertThat(resettled.get("status").asText()).as("approved once, never computed again").isEqualTo("APPROVED");

        JsonNode board = Api.get("beijing-agency-clerk", "/api/v1/loans/dashboard").json();
        assertThat(board.get("stages")).extracting(f -> f.get("stage").asText()).containsExactly("APPLIED",
                "INVESTIGATED", "GUARANTEED", "BANK_APPROVED", "DISBURSED", "REPAID", "OVERDUE");
        assertThat(board.get("stages").get(4).get("count").asLong()).isPositive();
        assertThat(board.get("subsidyCommittedFen").asLong()).isGreaterThanOrEqualTo(expected);
        assertThat(board.get("districts")).anySatisfy(d -> assertThat(d.get("place").asText()).isEqualTo("东城区"));
    }

    @Test
    void headquarters_sees_each_city_s_loans_as_the_city_s_office_sees_them() {
        int year = TODAY.getYear();
        JsonNode office = Api.get("beijing-admin", "/api/v1/loans/dashboard?year=" + year).json();
        Api.Reply hq = Api.get("hq-analyst", "/api/v1/hq/loan-figures?year=" + year);
        assertThat(hq.status()).as(hq.body()).isEqualTo(200);
        JsonNode beijing = null;
        JsonNode baoji = null;
        for (JsonNode city : hq.json()) {
            switch (city.get("tenantId").asText()) {
                case "beijing" -> beijing = city;
                case "baoji" -> baoji = city;
                default -> { }
            }
        }
        assertThat(beijing).as(hq.body()).isNotNull();
        assertThat(beijing.get("nameZh").asText()).isNotBlank();
        assertThat(beijing.get("figures")).as("the whole city, as its office admin counts it").isEqualTo(office);
        assertThat(baoji).as("every active city, with or without loans").isNotNull();
        assertThat(baoji.get("figures").get("stages")).hasSize(7);
        assertThat(Api.get("beijing-admin", "/api/v1/hq/loan-figures").status()).isEqualTo(403);
    }

    @Test
    void a_bad_credit_code_and_a_file_without_its_header_are_refused_naming_what() {
        Api.Reply code = Api.post("beijing-member", "/api/v1/loan-applications",
                application("100000.00").replaceAll("\"creditCode\":\"[^\"]+\"", "\"creditCode\":\"911101010000000000\""));
        assertThat(code.status()).as(code.body()).isEqualTo(400);
        assertThat(code.json().get("field").asText()).isEqualTo("creditCode");
        Api.Reply header = EnrolmentImportIT.send("beijing-admin", "POST", "/api/v1/loans/repayment-file",
                HttpRequest.BodyPublishers.ofString("a,b,c\n"), "text/csv");
        assertThat(header.status()).as(header.body()).isEqualTo(400);
        assertThat(header.json().get("code").asText()).isEqualTo("microloans.file.HEADER");
    }

    static String application(String amount) {
        return "{\"productCode\":\"founder\",\"enterpriseName\":\"启航咖啡工作室\",\"creditCode\":\""
                + UnionRegistrationIT.freshCreditCode() + "\",\"amount\":\"" + amount + "\",\"months\":36,"
                + "\"park\":\"中关村软件园\",\"district\":\"东城区\",\"account\":\"6222 0000 0000 0001\","
                + "\"accountHolder\":\"启航咖啡工作室\"}";
    }

    static String investigation() {
        return "{\"on\":\"" + PAID_OUT.minusDays(20) + "\",\"investigators\":[\"张伟\",\"李娜\"],"
                + "\"findings\":\"门店在营，账目清楚\",\"recommendation\":\"LEND\"}";
    }

    static JsonNode step(String user, String path, String body, String status) {
        Api.Reply reply = Api.post(user, path, body);
        assertThat(reply.status()).as(path + ": " + reply.body()).isEqualTo(200);
        assertThat(reply.json().get("status").asText()).isEqualTo(status);
        return reply.json();
    }

    static void repayByHand(JsonNode loan, int n) {
        JsonNode i = loan.get("schedule").get(n - 1);
        Api.Reply paid = Api.post("beijing-claims-officer", "/api/v1/loans/" + loan.get("id").asLong() + "/repayments",
                "{\"instalment\":" + n + ",\"paidOn\":\"" + i.get("dueDate").asText() + "\",\"principal\":\""
                        + yuan(i.get("principalFen").asLong()) + "\",\"interest\":\"" + yuan(i.get("interestFen").asLong())
                        + "\",\"reference\":\"H1-" + CONTRACT + "\"}");
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
    }

    static String line(String reference, JsonNode loan, int n, int daysLate) {
        JsonNode i = loan.get("schedule").get(n - 1);
        return reference + "," + CONTRACT + "," + n + "," + LocalDate.parse(i.get("dueDate").asText()).plusDays(daysLate)
                + "," + yuan(i.get("principalFen").asLong()) + "," + yuan(i.get("interestFen").asLong())
                + "," + (daysLate > 0 ? "1.23" : "0") + "\n";
    }

    static JsonNode repaymentFile(String csv) {
        Api.Reply reply = EnrolmentImportIT.send("beijing-admin", "POST", "/api/v1/loans/repayment-file",
                HttpRequest.BodyPublishers.ofByteArray(csv.getBytes(StandardCharsets.UTF_8)), "text/csv");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    static JsonNode product(JsonNode products, String code) {
        for (JsonNode p : products) {
            if (p.get("terms").get("code").asText().equals(code)) {
                return p;
            }
        }
        throw new AssertionError("no product " + code + " in " + products);
    }

    static JsonNode subsidyOf(JsonNode subsidies, long loanId) {
        for (JsonNode s : subsidies) {
            if (s.get("loanId").asLong() == loanId) {
                return s;
            }
        }
        throw new AssertionError("no subsidy for loan " + loanId + " in " + subsidies);
    }

    static String thisQuarter() {
        return TODAY.getYear() + "Q" + TODAY.get(IsoFields.QUARTER_OF_YEAR);
    }

    static String yuan(long fen) {
        return java.math.BigDecimal.valueOf(fen, 2).toPlainString();
    }
}
