package org.huzhu.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tokens from the real Keycloak are accepted; each role sees what it should and nothing more. */
class IdentityAndRolesIT {

    @Test
    void a_beijing_admin_token_names_its_tenant_and_role() {
        JsonNode me = Api.get("beijing-admin", "/api/v1/me").json();
        assertThat(me.get("tenant").asText()).isEqualTo("beijing");
        assertThat(me.get("orgUnit").asText()).isEqualTo("BJ");
        assertThat(me.get("roles").toString()).contains("office-admin");
        assertThat(me.get("headquarters").asBoolean()).isFalse();
    }

    @Test
    void a_request_without_a_token_is_unauthorized() {
        assertThat(Api.get(null, "/api/v1/members").status()).isEqualTo(401);
    }

    @Test
    void headquarters_reads_counts_per_tenant_that_match_the_database() throws SQLException {
        Map<String, Long> expectedMembers = counts("select tenant_id, count(*) from member group by tenant_id");
        Map<String, Long> expectedUnions = counts(
                "select tenant_id, count(*) from org_unit where kind = 'GRASSROOTS_UNION' and status = 'ACTIVE' "
                        + "group by tenant_id");
        Api.Reply reply = Api.get("hq-analyst", "/api/v1/hq/tenants");
        assertThat(reply.status()).isEqualTo(200);
        Map<String, JsonNode> lines = new HashMap<>();
        reply.json().forEach(line -> lines.put(line.get("tenant").asText(), line));
        for (String tenant : new String[] {"beijing", "baoji"}) {
            assertThat(lines).containsKey(tenant);
            assertThat(lines.get(tenant).get("members").asLong()).isEqualTo(expectedMembers.get(tenant));
            assertThat(lines.get(tenant).get("grassrootsUnions").asLong()).isEqualTo(expectedUnions.get(tenant));
        }
        assertThat(expectedMembers.get("beijing")).isNotEqualTo(expectedMembers.get("baoji"));
    }

    @Test
    void headquarters_cannot_read_tenant_data_and_offices_cannot_read_headquarters_figures() {
        assertThat(Api.get("hq-analyst", "/api/v1/members").status()).isEqualTo(403);
        assertThat(Api.get("beijing-admin", "/api/v1/hq/tenants").status()).isEqualTo(403);
        assertThat(Api.get("baoji-admin", "/api/v1/hq/tenants").status()).isEqualTo(403);
    }

    @Test
    void a_grassroots_clerk_sees_only_its_own_union() throws SQLException {
        long unionId = TenantIsolationIT.ids(
                "select id from org_unit where tenant_id = 'beijing' and code = 'BJ-DC-001'").get(0);
        JsonNode page = Api.get("beijing-grassroots-clerk", "/api/v1/members?limit=500").json();
        assertThat(page.get("items").size()).isPositive();
        page.get("items").forEach(m -> assertThat(m.get("orgUnitId").asLong()).isEqualTo(unionId));
        JsonNode units = Api.get("beijing-grassroots-clerk", "/api/v1/org-units").json();
        assertThat(units.size()).isEqualTo(1);
    }

    @Test
    void an_agency_clerk_sees_its_agency_office_and_the_unions_under_it() throws SQLException {
        // By path, not by code: a union keeps its code when it moves to another agency office.
        long expected = TenantIsolationIT.ids("select count(*) from org_unit u join org_unit o on o.tenant_id = "
                + "u.tenant_id and o.code = 'BJ-DC' where u.tenant_id = 'beijing' and u.path like concat(o.path, '%')")
                .get(0);
        JsonNode units = Api.get("beijing-agency-clerk", "/api/v1/org-units").json();
        assertThat((long) units.size()).isEqualTo(expected);
        String officePath = units.get(0).get("path").asText();
        assertThat(units.get(0).get("code").asText()).isEqualTo("BJ-DC");
        units.forEach(u -> assertThat(u.get("path").asText()).startsWith(officePath));
    }

    @Test
    void a_member_login_cannot_list_the_registry() {
        assertThat(Api.get("beijing-member", "/api/v1/members").status()).isEqualTo(403);
    }

    @Test
    void the_api_is_described_at_openapi() {
        Api.Reply reply = Api.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(Platform.appUrl() + "/openapi")).GET().build());
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("/api/v1/members", "/api/v1/me", "/api/v1/org-units", "/api/v1/hq/tenants",
                "/api/v1/plans", "/api/v1/plans/{code}/quote");
    }

    @Test
    void readiness_reports_database_and_keycloak_up() {
        Api.Reply reply = Api.get(null, "/health/ready");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("\"database\":true", "\"keycloak\":true");
    }

    private static Map<String, Long> counts(String sql) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (Connection c = Platform.database(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }
}
