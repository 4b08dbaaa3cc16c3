package org.huzhu.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A Beijing login never sees a Baoji row, and the other way round: not in a list or a search, not by
 * primary key, and not after the other tenant has just loaded the row into the server's cache.
 */
class TenantIsolationIT {

    @Test
    void beijing_member_list_holds_only_beijing_members() throws SQLException {
        Set<Long> baoji = new HashSet<>(ids("select id from member where tenant_id = 'baoji'"));
        Set<Long> beijing = new HashSet<>(ids("select id from member where tenant_id = 'beijing'"));
        JsonNode page = Api.get("beijing-admin", "/api/v1/members?limit=500").json();
        List<Long> listed = new ArrayList<>();
        page.get("items").forEach(m -> listed.add(m.get("id").asLong()));
        assertThat(listed).hasSize(500).allMatch(beijing::contains).noneMatch(baoji::contains);
    }

    @Test
    void searching_a_baoji_name_from_beijing_finds_no_baoji_member() throws SQLException {
        String baojiName = string("select name from member where tenant_id = 'baoji' order by id limit 1");
        Set<Long> baoji = new HashSet<>(ids("select id from member where tenant_id = 'baoji'"));
        JsonNode page = Api.get("beijing-admin", "/api/v1/members?limit=500&q="
                + java.net.URLEncoder.encode(baojiName, java.nio.charset.StandardCharsets.UTF_8)).json();
        page.get("items").forEach(m -> assertThat(baoji).doesNotContain(m.get("id").asLong()));
        JsonNode fromBaoji = Api.get("baoji-admin", "/api/v1/members?limit=5&q="
                + java.net.URLEncoder.encode(baojiName, java.nio.charset.StandardCharsets.UTF_8)).json();
        assertThat(fromBaoji.get("items").size()).isPositive();
    }

    @Test
    void a_baoji_member_or_org_unit_by_id_is_not_found_for_beijing() throws SQLException {
        for (long id : ids("select id from member where tenant_id = 'baoji' order by id limit 20")) {
            assertThat(Api.get("beijing-admin", "/api/v1/members/" + id).status()).isEqualTo(404);
        }
        for (long id : ids("select id from org_unit where tenant_id = 'baoji'")) {
            assertThat(Api.get("beijing-admin", "/api/v1/org-units/" + id).status()).isEqualTo(404);
        }
        for (long id : ids("select id from member where tenant_id = 'beijing' order by id limit 20")) {
            assertThat(Api.get("baoji-admin", "/api/v1/members/" + id).status()).isEqualTo(404);
        }
    }

    @Test
    void a_member_just_cached_for_baoji_is_not_served_to_beijing() throws SQLException {
        for (long id : ids("select id from member where tenant_id = 'baoji' order by id desc limit 10")) {
            Api.Reply forBaoji = Api.get("baoji-admin", "/api/v1/members/" + id);
            assertThat(forBaoji.status()).isEqualTo(200);
            assertThat(forBaoji.json().get("id").asLong()).isEqualTo(id);
            assertThat(Api.get("beijing-admin", "/api/v1/members/" + id).status()).isEqualTo(404);
            assertThat(Api.get("baoji-admin", "/api/v1/members/" + id).status()).isEqualTo(200);
        }
    }

    @Test
    void the_org_tree_of_each_tenant_is_its_own() throws SQLException {
        Set<Long> beijingUnits = new HashSet<>(ids("select id from org_unit where tenant_id = 'beijing'"));
        JsonNode tree = Api.get("beijing-admin", "/api/v1/org-units").json();
        assertThat(tree.size()).isEqualTo(beijingUnits.size());
        tree.forEach(u -> assertThat(beijingUnits).contains(u.get("id").asLong()));
    }

    static List<Long> ids(String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = Platform.database(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        assertThat(ids).as("test data for: " + sql).isNotEmpty();
        return ids;
    }

    static String string(String sql) throws SQLException {
        try (Connection c = Platform.database(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }
}
