package org.huzhu.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan catalogue and quotes over the REST API, per tenant, from the plan files provisioning applied. */
class PlansIT {

    @Test
    void each_tenant_sees_its_own_catalogue_with_versions_and_rules() {
        JsonNode beijing = Api.get("beijing-admin", "/api/v1/plans").json();
        List<String> codes = new ArrayList<>();
        beijing.forEach(p -> codes.add(p.get("code").asText()));
        assertThat(codes).contains("female-special-diseases", "accident-injury", "mild-illness").hasSize(10);
        JsonNode fsd = find(beijing, "female-special-diseases");
        assertThat(fsd.get("versions").size()).isEqualTo(2);
        assertThat(fsd.get("versions").get(1).get("benefits").get(0).get("rules").toString())
                .contains("perUnit=15000.00", "diseases=12");
        JsonNode baoji = Api.get("baoji-admin", "/api/v1/plans").json();
        assertThat(baoji.size()).isEqualTo(4);
        assertThat(find(baoji, "inpatient-medical").get("versions").get(0).get("claimSlaWorkingDays").asInt()).isEqualTo(7);
    }

    @Test
    void a_quote_returns_the_amount_and_its_explanation() {
        Api.Reply reply = quote("beijing-admin", "female-special-diseases", """
                {"benefitCode":"diagnosis","eventDate":"2025-06-01","units":2,"termStart":"2025-01-01",
                 "diseaseCode":"breast-cancer"}""");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode result = reply.json();
        assertThat(result.get("payable").asText()).isEqualTo("30000.00");
        assertThat(result.get("versionNumber").asInt()).isEqualTo(2);
        assertThat(result.get("steps").toString()).contains("乳腺癌", "Breast cancer");
    }

    @Test
    void a_quote_inside_the_waiting_period_is_refused_with_its_reason() {
        JsonNode result = quote("beijing-admin", "inpatient-medical", """
                {"benefitCode":"medical","eventDate":"2025-01-10","termStart":"2025-01-01","selfPaid":"3000.00"}""").json();
        assertThat(result.get("payable").asText()).isEqualTo("0.00");
        assertThat(result.get("reason").asText()).isEqualTo("WAITING_PERIOD");
    }

    @Test
    void bad_facts_get_400_naming_the_field_and_an_unknown_plan_404() {
        Api.Reply bad = quote("beijing-admin", "inpatient-medical", """
                {"benefitCode":"medical","eventDate":"2025-13-10","termStart":"2025-01-01","selfPaid":"3000.00"}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("eventDate");
        assertThat(quote("beijing-admin", "no-such-plan", "{\"benefitCode\":\"x\"}").status()).isEqualTo(404);
        assertThat(quote("baoji-admin", "mild-illness", """
                {"benefitCode":"diagnosis","eventDate":"2025-06-01","termStart":"2025-01-01"}""").status())
                .as("Beijing's mild-illness plan is not Baoji's").isEqualTo(404);
    }

    @Test
    void a_plans_file_can_be_fetched_to_keep_tenant_config_in_step() {
        Api.Reply file = Api.get("baoji-admin", "/api/v1/plans/gig-worker-accident/file");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.body()).contains("code: gig-worker-accident", "gigWorkersOnly: true");
        assertThat(Api.get("baoji-admin", "/api/v1/plans/mild-illness/file").status()).isEqualTo(404);
    }

    private static Api.Reply quote(String user, String plan, String body) {
        return Api.send(HttpRequest.newBuilder(URI.create(Platform.appUrl() + "/api/v1/plans/" + plan + "/quote"))
                .header("Authorization", "Bearer " + Api.token(user)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static JsonNode find(JsonNode plans, String code) {
        for (JsonNode plan : plans) {
            if (plan.get("code").asText().equals(code)) {
                return plan;
            }
        }
        throw new AssertionError("no plan " + code);
    }
}
