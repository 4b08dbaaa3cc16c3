package org.huzhu.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the doors closed: every REST operation the server describes at /openapi is tried with no token, a
 * tampered token, each role, another city's logins and a clerk outside the subtree, and must answer as the
 * expectation table below says: never 500, never another tenant's data, never the pieces of a national ID the
 * mask hides. The table must name exactly the operations the server has, so a new operation without a decided
 * rule fails here. The portal's routes are tried the same way by {@link RouteRulesBrowserIT}.
 */
class SecuritySuiteIT {

    static final String AD = "office-admin";
    static final String CO = "claims-officer";
    static final String AC = "agency-clerk";
    static final String GC = "grassroots-clerk";
    static final String ME = "member";
    static final String HQ = "hq-analyst";
    static final Set<String> STAFF = Set.of(AD, CO, AC, GC);

    /** Each role's login in the tenant under test (Beijing); headquarters has no tenant. */
    static final Map<String, String> LOGINS = Map.of(AD, "beijing-admin", CO, "beijing-claims-officer",
            AC, "beijing-agency-clerk", GC, "beijing-grassroots-clerk", ME, "beijing-member", HQ, "hq-analyst");
    static final List<String> OTHER_TENANT = List.of("baoji-admin", "baoji-claims-officer", "baoji-agency-clerk",
            "baoji-grassroots-clerk", "baoji-member");

    /** Who may call each operation. Operations marked {@link #SIDE_EFFECTS} are called only by refused callers. */
    static final Map<String, Set<String>> RULES = new LinkedHashMap<>();
    static final Set<String> SIDE_EFFECTS = Set.of("POST /api/v1/payout-runs", "POST /api/v1/claims/escalation");

    static {
        Set<String> staffAndMember = with(STAFF, ME);
        rule("POST /api/v1/claims", staffAndMember);
        rule("POST /api/v1/claims/{id}/documents", staffAndMember);
        rule("GET /api/v1/claims/{id}", staffAndMember);
        rule("GET /api/v1/claims/{id}/documents/{documentId}", staffAndMember);
        rule("GET /api/v1/claims/queue", STAFF);
        rule("POST /api/v1/claims/{id}/proposal", Set.of(AD, CO, AC));
        rule("POST /api/v1/claims/{id}/confirmation", Set.of(AD, CO, AC));
        rule("POST /api/v1/claims/{id}/payment-retry", STAFF);
        rule("GET /api/v1/claims/{id}/audit", STAFF);
        rule("GET /api/v1/claims/sla", STAFF);
        rule("POST /api/v1/claims/escalation", Set.of(AD, CO));
        rule("GET /api/v1/members/{memberId}/claims", STAFF);
        rule("GET /api/v1/me/claims", Set.of(ME));
        for (String op : List.of("POST /api/v1/settlement-imports", "GET /api/v1/settlement-imports",
                "GET /api/v1/settlement-imports/{id}", "GET /api/v1/settlement-imports/{id}/errors",
                "POST /api/v1/settlement-imports/{id}/retry")) {
            rule(op, Set.of(AD, CO));
        }
        rule("GET /api/v1/payout-runs/{id}/events", Set.of(AD, CO));
        for (String op : List.of("POST /api/v1/enrolment-imports", "GET /api/v1/enrolment-imports",
                "GET /api/v1/enrolment-imports/{id}", "GET /api/v1/enrolment-imports/{id}/errors",
                "GET /api/v1/enrolment-imports/{id}/errors.xlsx", "POST /api/v1/enrolment-imports/{id}/submission",
                "GET /api/v1/enrolment-imports/{id}/fee-statement", "GET /api/v1/enrolment-imports/template",
                "POST /api/v1/enrolment-imports/{id}/retry")) {
            rule(op, Set.of(AD, AC, GC));
        }
        rule("POST /api/v1/enrolment-imports/{id}/payments", Set.of(AD));
        rule("GET /api/v1/me/enrolments", Set.of(ME));
        rule("GET /api/v1/enrolment-figures", Set.of(AD));
        rule("GET /api/v1/hq/enrolment-figures", Set.of(HQ));
        rule("GET /api/v1/members/{memberId}/enrolments", STAFF);
        rule("GET /api/v1/members", STAFF);
        rule("GET /api/v1/members/{id}", STAFF);
        rule("PUT /api/v1/members/{id}/card", STAFF);
        rule("GET /api/v1/org-units", STAFF);
        rule("GET /api/v1/org-units/{id}", STAFF);
        rule("PUT /api/v1/org-units/{id}/clerk", Set.of(AD, AC));
        rule("POST /api/v1/org-units/{id}/move", Set.of(AD));
        rule("GET /api/v1/org-units/{id}/history", Set.of(AD, AC, GC));
        rule("GET /api/v1/hq/tenants", Set.of(HQ));
        rule("GET /api/v1/me", with(with(STAFF, ME), HQ));
        rule("POST /api/v1/union-registrations", Set.of(AD, GC));
        rule("GET /api/v1/union-registrations", Set.of(AD, AC, GC));
        rule("GET /api/v1/union-registrations/{id}", Set.of(AD, AC, GC));
        rule("POST /api/v1/union-registrations/{id}/approval", Set.of(AD, AC));
        rule("POST /api/v1/union-registrations/{id}/rejection", Set.of(AD, AC));
        for (String op : List.of("GET /api/v1/payout-runs", "GET /api/v1/payout-runs/failed-payments",
                "GET /api/v1/payout-runs/{id}", "POST /api/v1/payout-runs", "POST /api/v1/payout-runs/{id}/approval",
                "GET /api/v1/payout-runs/{id}/bank-file", "POST /api/v1/payout-runs/{id}/bank-result",
                "POST /api/v1/payout-runs/{id}/retry")) {
            rule(op, Set.of(AD, CO));
        }
        // microloans: clerks and the founder file; agency clerks investigate; the office decides; money side AD + CO
        rule("GET /api/v1/loan-products", staffAndMember);
        rule("GET /api/v1/loan-products/reference-rates", STAFF);
        rule("POST /api/v1/loan-products/reference-rates", Set.of(AD));
        rule("POST /api/v1/loan-applications", Set.of(AD, AC, GC, ME));
        rule("GET /api/v1/loan-applications", staffAndMember);
        rule("GET /api/v1/loan-applications/{id}", staffAndMember);
        rule("POST /api/v1/loan-applications/{id}/documents", Set.of(AD, AC, GC, ME));
        rule("GET /api/v1/loan-applications/{id}/documents/{documentId}", staffAndMember);
        rule("POST /api/v1/loan-applications/{id}/investigation", Set.of(AD, AC));
        rule("POST /api/v1/loan-applications/{id}/guarantee", Set.of(AD));
        rule("POST /api/v1/loan-applications/{id}/bank-approval", Set.of(AD));
        rule("POST /api/v1/loan-applications/{id}/disbursement", Set.of(AD));
        rule("POST /api/v1/loan-applications/{id}/withdrawal", Set.of(AD, AC, GC, ME));
        rule("POST /api/v1/loan-applications/{id}/rejection", Set.of(AD));
        rule("GET /api/v1/loan-applications/{id}/audit", STAFF);
        rule("GET /api/v1/loans", staffAndMember);
        rule("GET /api/v1/loans/{id}", staffAndMember);
        rule("POST /api/v1/loans/{id}/repayments", Set.of(AD, CO));
        rule("POST /api/v1/loans/repayment-file", Set.of(AD, CO));
        rule("POST /api/v1/loans/{id}/extension", Set.of(AD));
        rule("POST /api/v1/loans/{id}/business-stop", Set.of(AD));
        rule("GET /api/v1/loans/{id}/audit", STAFF);
        rule("GET /api/v1/loans/dashboard", STAFF);
        rule("GET /api/v1/hq/loan-figures", Set.of(HQ));
        rule("GET /api/v1/relief-figures", Set.of(AD));
        rule("GET /api/v1/hq/relief-figures", Set.of(HQ));
        rule("POST /api/v1/loans/subsidies", Set.of(AD, CO));
        rule("GET /api/v1/loans/subsidies", Set.of(AD, CO));
        rule("GET /api/v1/loans/subsidies/{subsidyId}", Set.of(AD, CO));
        rule("POST /api/v1/loans/subsidies/{subsidyId}/approval", Set.of(AD, CO));
        rule("POST /api/v1/loans/subsidies/{subsidyId}/payment-retry", Set.of(AD, CO));
        rule("GET /api/v1/loans/subsidies/{subsidyId}/audit", Set.of(AD, CO));
        rule("POST /api/v1/calendar/years/{year}", Set.of(AD, HQ));
        rule("GET /api/v1/calendar/missing-years", Set.of(AD, HQ));
        rule("GET /api/v1/plans", staffAndMember);
        for (String op : List.of("POST /api/v1/hardship-households", "GET /api/v1/hardship-households",
                "GET /api/v1/hardship-households/reviews-due", "GET /api/v1/hardship-households/{id}",
                "GET /api/v1/hardship-households/{id}/history", "PUT /api/v1/hardship-households/{id}/means",
                "POST /api/v1/hardship-households/{id}/measures", "POST /api/v1/hardship-households/{id}/visits",
                "POST /api/v1/hardship-households/{id}/review", "POST /api/v1/hardship-households/{id}/closure",
                "GET /api/v1/hardship-households/settings")) {
            rule(op, Set.of(AD, AC, GC));
        }
        rule("PUT /api/v1/hardship-households/settings", Set.of(AD));
        rule("POST /api/v1/aid-runs", Set.of(AD));
        rule("GET /api/v1/aid-runs", Set.of(AD, CO));
        rule("GET /api/v1/aid-runs/{id}", Set.of(AD, CO));
        rule("POST /api/v1/aid-runs/{id}/computation", Set.of(AD));
        rule("GET /api/v1/aid-runs/{id}/lines", Set.of(AD, CO));
        rule("POST /api/v1/aid-runs/{id}/approval", Set.of(AD, CO));
        rule("POST /api/v1/aid-runs/{id}/lines/{lineId}/payment-retry", Set.of(AD, CO));
        rule("GET /api/v1/aid-runs/{id}/lines/{lineId}/payment-steps", Set.of(AD, CO));
        rule("POST /api/v1/campaigns/{id}/deliveries/{deliveryId}/payment-retry", Set.of(AD, CO));
        rule("POST /api/v1/condolence-items", Set.of(AD));
        rule("GET /api/v1/condolence-items", Set.of(AD, CO));
        rule("GET /api/v1/condolence-items/{id}", Set.of(AD, CO));
        rule("POST /api/v1/condolence-items/{id}/computation", Set.of(AD));
        rule("GET /api/v1/condolence-items/{id}/lines", Set.of(AD, CO));
        rule("POST /api/v1/condolence-items/{id}/payees", Set.of(AD));
        rule("GET /api/v1/condolence-items/{id}/payees", Set.of(AD, CO));
        rule("POST /api/v1/condolence-items/{id}/approval", Set.of(AD, CO));
        rule("POST /api/v1/condolence-items/{id}/lines/{lineId}/payment-retry", Set.of(AD, CO));
        rule("GET /api/v1/condolence-items/{id}/lines/{lineId}/payment-steps", Set.of(AD, CO));
        for (String op : List.of("GET /api/v1/relief-fund", "POST /api/v1/relief-fund/donations",
                "GET /api/v1/relief-fund/entries", "POST /api/v1/relief-fund/applications/{id}/decision",
                "PUT /api/v1/relief-fund/illness-categories", "POST /api/v1/relief-fund/applications/{id}/payment-retry")) {
            rule(op, Set.of(AD));
        }
        for (String op : List.of("POST /api/v1/relief-fund/applications", "GET /api/v1/relief-fund/applications",
                "GET /api/v1/relief-fund/applications/{id}", "GET /api/v1/relief-fund/illness-categories",
                "GET /api/v1/relief-fund/applications/{id}/payment-steps")) {
            rule(op, Set.of(AD, AC, GC));
        }
        rule("POST /api/v1/relief-fund/applications/{id}/check", Set.of(AD, AC));
        rule("GET /api/v1/plans/{code}/file", Set.of(AD));
        rule("POST /api/v1/plans/{code}/quote", staffAndMember);
        rule("POST /api/v1/giveaways", Set.of(AD));
        rule("GET /api/v1/giveaways", Set.of(AD, ME));
        rule("GET /api/v1/giveaways/{id}", Set.of(AD, ME));
        rule("PUT /api/v1/giveaways/{id}", Set.of(AD));
        rule("GET /api/v1/giveaways/{id}/figures", Set.of(AD));
        rule("POST /api/v1/giveaways/{id}/grabs", Set.of(ME));
        rule("POST /api/v1/giveaways/{id}/tickets/{code}/confirmation", Set.of(ME));
        rule("GET /api/v1/me/giveaway-tickets", Set.of(ME));
        rule("POST /api/v1/events", Set.of(AD));
        rule("GET /api/v1/events", with(Set.of(AD, AC, GC), ME));
        rule("GET /api/v1/events/{id}", with(Set.of(AD, AC, GC), ME));
        rule("PUT /api/v1/events/{id}/eligibility", Set.of(AD));
        rule("PUT /api/v1/events/{id}", Set.of(AD));
        rule("PUT /api/v1/events/occurrences/{occurrenceId}/capacity", Set.of(AD));
        rule("POST /api/v1/events/occurrences/{occurrenceId}/registrations", Set.of(ME));
        rule("GET /api/v1/events/occurrences/{occurrenceId}/registrations", Set.of(AD, AC, GC));
        rule("POST /api/v1/events/occurrences/{occurrenceId}/registrations/{registrationId}/cancellation", Set.of(AD, ME));
        rule("POST /api/v1/events/occurrences/{occurrenceId}/check-ins", Set.of(AD, AC, GC));
        rule("GET /api/v1/me/event-registrations", Set.of(ME));
        rule("PUT /api/v1/members/{id}/job-flags", Set.of(AD, AC, GC));
        rule("POST /api/v1/job-flag-imports", Set.of(AD, AC, GC));
        rule("GET /api/v1/job-flag-template", Set.of(AD, AC, GC));
        Set<String> campaignStaff = Set.of(AD, AC, GC);
        for (String op : List.of("GET /api/v1/campaigns", "GET /api/v1/campaigns/{id}",
                "GET /api/v1/campaigns/{id}/allotments", "GET /api/v1/campaigns/{id}/eligible-members",
                "POST /api/v1/campaigns/{id}/deliveries", "GET /api/v1/campaigns/{id}/deliveries",
                "POST /api/v1/campaigns/{id}/delivery-imports", "GET /api/v1/campaigns/delivery-template")) {
            rule(op, campaignStaff);
        }
        for (String op : List.of("POST /api/v1/campaigns", "POST /api/v1/campaigns/{id}/clone",
                "POST /api/v1/campaigns/{id}/allotments", "GET /api/v1/campaigns/{id}/figures")) {
            rule(op, Set.of(AD));
        }
        rule("GET /api/v1/hq/campaign-figures", Set.of(HQ));
        rule("GET /api/v1/hq/giveaway-figures", Set.of(HQ));
        for (String op : List.of("GET /api/v1/reports/office", "GET /api/v1/reports/office.xlsx",
                "GET /api/v1/reports/office.pdf", "GET /api/v1/reports/office/late-claims.xlsx")) {
            rule(op, Set.of(AD, CO, AC));
        }
        rule("POST /api/v1/reports/recount", Set.of(AD));
        rule("GET /api/v1/reports/monthly", Set.of(AD, CO));
        rule("GET /api/v1/reports/programmes", Set.of(AD));
        rule("GET /api/v1/reports/headquarters/programmes", Set.of(HQ));
        rule("GET /api/v1/reports/monthly/{file}", Set.of(AD, CO));
        for (String op : List.of("GET /api/v1/reports/headquarters", "GET /api/v1/reports/headquarters.xlsx",
                "GET /api/v1/reports/headquarters.pdf")) {
            rule(op, Set.of(HQ));
        }
    }

    /** The answer of the role check, by its code; a service's own 403 (outside the subtree) is not it. */
    static final String ROLE_REFUSAL = "\"code\":\"app.refused.role\"";
    /** An id no tenant has: writes are tried against it, so the suite changes nothing it does not mean to. */
    static final String NO_SUCH_ID = "987654321";
    static final Pattern PATH_PARAMETER = Pattern.compile("\\{(\\w+)}");

    private static ClaimFixture fixture;
    private static long claimId;
    private static String unionName;
    private static final List<String> FAILURES = new ArrayList<>();
    private static int tried;

    @BeforeAll
    static void beijingDataToAimAt() throws Exception {
        Platform.awaitReady();
        fixture = new ClaimFixture(43);
        unionName = Api.get("beijing-admin", "/api/v1/union-registrations/" + fixture.unionId).json().get("name").asText();
        String day = LocalDate.now().minusDays(10).toString();
        Api.Reply claim = Api.post("beijing-agency-clerk", "/api/v1/claims", "{\"memberId\":" + fixture.members.get(0)
                + ",\"planCode\":\"inpatient-medical\",\"benefitCode\":\"medical\",\"eventDate\":\"" + day
                + "\",\"admission\":\"" + day + "\",\"discharge\":\"" + day + "\",\"selfPaid\":\"800.00\"}");
        assertThat(claim.status()).as(claim.body()).isEqualTo(201);
        claimId = claim.json().get("id").asLong();
    }

    @Test
    void the_expectation_table_names_exactly_the_operations_the_server_has() {
        assertThat(operations().keySet()).as("operations in /openapi vs. the rules this suite expects: add a rule "
                + "(@Allowed on the operation and a line in RULES) for each new one").isEqualTo(RULES.keySet());
    }

    @Test
    void every_operation_answers_every_caller_by_its_rule_and_leaks_nothing() throws Exception {
        Map<String, JsonNode> operations = operations();
        List<String> secrets = hiddenDigitsOfKnownMembers();
        for (Map.Entry<String, JsonNode> op : operations.entrySet()) {
            String method = op.getKey().substring(0, op.getKey().indexOf(' '));
            String template = op.getKey().substring(method.length() + 1);
            Set<String> allowed = RULES.getOrDefault(op.getKey(), Set.of());
            String contentType = contentTypeOf(op.getValue());
            String path = concrete(method, template);
            expect(op.getKey() + " without a token", call(method, path, null, contentType).status() == 401);
            expect(op.getKey() + " with a tampered token",
                    call(method, path, tampered(Api.token("beijing-member")), contentType).status() == 401);
            for (Map.Entry<String, String> role : LOGINS.entrySet()) {
                if (allowed.contains(role.getKey()) && SIDE_EFFECTS.contains(op.getKey())) {
                    continue;
                }
                Api.Reply reply = call(method, path, Api.token(role.getValue()), contentType);
                String what = op.getKey() + " as " + role.getKey() + " -> " + reply.status() + " " + shorten(reply.body());
                if (allowed.contains(role.getKey())) {
                    expect(what, reply.status() != 401 && reply.status() < 500 && !reply.body().contains(ROLE_REFUSAL));
                } else {
                    expect(what, reply.status() == 403 && reply.body().contains(ROLE_REFUSAL));
                }
                expectNoHiddenDigits(what, reply.body(), secrets);
            }
            for (String stranger : OTHER_TENANT) {
                Api.Reply reply = call(method, path, Api.token(stranger), contentType);
                String what = op.getKey() + " as " + stranger + " -> " + reply.status() + " " + shorten(reply.body());
                boolean aimsAtBeijing = aimsAtBeijing(template, path);
                expect(what, reply.status() < 500 && reply.status() != 401 && !reply.body().contains(unionName)
                        && (!aimsAtBeijing || reply.status() == 403 || reply.status() == 404));
            }
            if (allowed.contains(GC) && aimsAtBeijing(template, path)) {
                // the grassroots clerk sits in BJ-DC-001; the fixture's union is another one under BJ-DC
                Api.Reply reply = call(method, path, Api.token("beijing-grassroots-clerk"), contentType);
                expect(op.getKey() + " by a clerk outside the subtree -> " + reply.status(),
                        reply.status() == 403 || reply.status() == 404);
            }
        }
        System.out.printf("security suite: %d REST operations x %d callers: %d calls tried, %d failures%n",
                operations.size(), LOGINS.size() + OTHER_TENANT.size() + 2, tried, FAILURES.size());
        assertThat(FAILURES).isEmpty();
    }

    @Test
    void only_the_city_office_escalates_overdue_claims() {
        for (String login : List.of("beijing-member", "beijing-grassroots-clerk", "beijing-agency-clerk", "hq-analyst")) {
            Api.Reply reply = Api.post(login, "/api/v1/claims/escalation", "");
            assertThat(reply.status()).as(login + ": " + reply.body()).isEqualTo(403);
        }
        Api.Reply officer = Api.post("beijing-claims-officer", "/api/v1/claims/escalation", "");
        assertThat(officer.status()).as(officer.body()).isEqualTo(200);
        assertThat(officer.json().has("escalated")).isTrue();
    }

    /** The member list must not give back what the masked ID hides: no birth date beside it. */
    @Test
    void a_member_listed_with_a_masked_id_comes_with_an_age_and_no_birth_date() {
        JsonNode member = Api.get("beijing-agency-clerk", "/api/v1/members/" + fixture.members.get(0)).json();
        String id = fixture.nationalIds.get(0);
        assertThat(member.get("idNumberMasked").asText()).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
        assertThat(member.has("birthDate")).isFalse();
        LocalDate birth = LocalDate.parse(id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14));
        assertThat(member.get("age").asInt()).isEqualTo(java.time.Period.between(birth, LocalDate.now()).getYears());
    }

    @Test
    void api_answers_and_documents_carry_the_security_headers() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create(Platform.appUrl()
                + "/api/v1/me")).header("Authorization", "Bearer " + Api.token("beijing-admin")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(me.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'none'").contains("frame-ancestors 'none'"));
        assertThat(me.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(me.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(me.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");

        String nasty = java.net.URLEncoder.encode("../收据 \"1\";x.html", java.nio.charset.StandardCharsets.UTF_8);
        Api.Reply added = EnrolmentImportIT.send("beijing-agency-clerk", "POST", "/api/v1/claims/" + claimId
                + "/documents?type=invoice&fileName=" + nasty, HttpRequest.BodyPublishers.ofByteArray(ClaimsIT.pdf()),
                "application/pdf");
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        long document = added.json().get("documents").get(0).get("id").asLong();
        java.net.http.HttpResponse<byte[]> content = http.send(HttpRequest.newBuilder(URI.create(Platform.appUrl()
                        + "/api/v1/claims/" + claimId + "/documents/" + document))
                .header("Authorization", "Bearer " + Api.token("beijing-agency-clerk")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(content.statusCode()).isEqualTo(200);
        assertThat(content.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(content.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .matches("attachment; filename=\"[A-Za-z0-9._-]+\"; filename\\*=UTF-8''[A-Za-z0-9._%-]+")
                .doesNotContain("/").doesNotContain(".."));
    }

    // --- the operations and how each is called ---

    /** "METHOD /path" -> the operation's description, for every operation under /api in the server's /openapi. */
    static Map<String, JsonNode> operations() {
        Api.Reply reply = Api.send(HttpRequest.newBuilder(URI.create(Platform.appUrl() + "/openapi?format=JSON"))
                .header("Accept", "application/json").GET().build());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> path : reply.json().get("paths").properties()) {
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                if (Set.of("get", "post", "put", "delete", "patch").contains(method) && path.getKey().startsWith("/api/")) {
                    operations.put(method.toUpperCase() + " " + path.getKey(), path.getValue().get(method));
                }
            }
        }
        return operations;
    }

    /**
     * Reads aim at real Beijing data where the suite has it (its own member, claim and union), so that a leak
     * would show; writes and everything else aim at an id nobody has.
     */
    private static String concrete(String method, String template) {
        Matcher parameter = PATH_PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            parameter.appendReplacement(path, valueFor(method, template, parameter.group(1)));
        }
        parameter.appendTail(path);
        return path.toString();
    }

    private static String valueFor(String method, String template, String name) {
        if (name.equals("code")) {
            return "inpatient-medical";
        }
        boolean read = method.equals("GET") && !template.endsWith("/bank-file") && !template.endsWith("/fee-statement");
        if (!read || name.equals("documentId")) {
            return NO_SUCH_ID;
        }
        if (template.startsWith("/api/v1/members/")) {
            return String.valueOf(fixture.members.get(0));
        }
        if (template.startsWith("/api/v1/claims/")) {
            return String.valueOf(claimId);
        }
        if (template.startsWith("/api/v1/org-units/") || template.startsWith("/api/v1/union-registrations/")) {
            return String.valueOf(fixture.unionId);
        }
        return NO_SUCH_ID;
    }

    /** Whether the path names the suite's own Beijing data (not a plan code, not the id nobody has). */
    private static boolean aimsAtBeijing(String template, String path) {
        return template.contains("{") && !template.contains("{code}") && !path.contains(NO_SUCH_ID);
    }

    private static String contentTypeOf(JsonNode operation) {
        JsonNode content = operation.path("requestBody").path("content");
        return content.fieldNames().hasNext() ? content.fieldNames().next() : null;
    }

    private static Api.Reply call(String method, String path, String token, String contentType) {
        tried++;
        HttpRequest.BodyPublisher body = contentType == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(contentType.contains("json") ? "{}" : "");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Platform.appUrl() + path)).method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return Api.send(request.build());
    }

    /** A member's token made an office admin's (role added to its groups): its signature no longer fits. */
    static String tampered(String token) throws java.io.IOException {
        String[] parts = token.split("\\.");
        com.fasterxml.jackson.databind.node.ObjectNode payload = (com.fasterxml.jackson.databind.node.ObjectNode)
                Api.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        payload.putArray("groups").add("member").add("office-admin");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(Api.JSON.writeValueAsBytes(payload))
                + "." + parts[2];
    }

    // --- the national IDs' hidden digits ---

    /**
     * What the masks hide for members whose IDs the suite knows (the fixture's, the demo member's): the full ID
     * and its birth date in the forms an answer could carry it.
     */
    private static List<String> hiddenDigitsOfKnownMembers() throws Exception {
        List<String> ids = new ArrayList<>(fixture.nationalIds);
        ids.add(EnrolmentImportIT.demoMemberIdNumber("beijing-member"));
        List<String> secrets = new ArrayList<>();
        for (String id : ids) {
            String y = id.substring(6, 10);
            String m = id.substring(10, 12);
            String d = id.substring(12, 14);
            secrets.addAll(List.of(id, y + m + d, y + "-" + m + "-" + d, y + "/" + m + "/" + d));
        }
        return secrets;
    }

    private static void expectNoHiddenDigits(String what, String body, List<String> secrets) {
        for (String secret : secrets) {
            expect(what + " carries " + secret.length() + " hidden ID characters", !body.contains(secret));
        }
        expect(what + " puts a birth date beside a masked ID", !body.matches("(?s).*\"birth\\w*\"\\s*:.*")
                || !body.matches("(?s).*\\d{6}\\*{8}\\d{3}[\\dX].*"));
    }

    private static void expect(String what, boolean held) {
        if (!held) {
            FAILURES.add(what);
            System.out.println("FAILED: " + what);
        }
    }

    private static String shorten(String body) {
        return body == null ? "" : body.length() > 160 ? body.substring(0, 160) + "…" : body;
    }

    private static void rule(String operation, Set<String> roles) {
        RULES.put(operation, roles);
    }

    private static Set<String> with(Set<String> roles, String more) {
        Set<String> all = new TreeSet<>(roles);
        all.add(more);
        return all;
    }
}
