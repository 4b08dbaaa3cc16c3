package org.huzhu.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.huzhu.kernel.identity.CreditCode;
import org.junit.jupiter.api.Test;

/**
 * A grassroots union registers, its agency office approves it, the office admin moves unions between agency
 * offices: over the REST API with real logins, checked against the database. Each test makes its own union
 * (fresh credit code) and puts back what it moved, so the other tests' counts stay true.
 */
class UnionRegistrationIT {

    @Test
    void a_union_registered_under_dongcheng_is_approved_by_its_agency_clerk_and_its_history_follows_a_move() {
        String creditCode = freshCreditCode();
        Api.Reply registered = Api.post("beijing-grassroots-clerk", "/api/v1/union-registrations",
                application("东城区测试科技有限公司工会", creditCode, "BJ-DC"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        JsonNode union = registered.json();
        long id = union.get("id").asLong();
        assertThat(union.get("status").asText()).isEqualTo("PENDING");
        assertThat(union.get("code").asText()).matches("BJ-DC-\\d{3,}");
        assertThat(union.get("parentCode").asText()).isEqualTo("BJ-DC");

        Api.Reply pending = Api.get("beijing-agency-clerk", "/api/v1/union-registrations?status=PENDING");
        assertThat(pending.status()).isEqualTo(200);
        assertThat(ids(pending.json())).contains(id);
        assertThat(ids(Api.get("baoji-admin", "/api/v1/union-registrations?status=PENDING").json()))
                .doesNotContain(id);
        JsonNode tree = Api.get("beijing-admin", "/api/v1/org-units/" + id).json();
        assertThat(tree.get("status").asText()).isEqualTo("PENDING");

        Api.Reply approved = Api.post("beijing-agency-clerk", "/api/v1/union-registrations/" + id + "/approval", "");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asText()).isEqualTo("ACTIVE");
        assertThat(approved.json().get("approvedBy").asText()).isEqualTo("beijing-agency-clerk");
        assertThat(ids(Api.get("beijing-agency-clerk", "/api/v1/union-registrations?status=PENDING").json()))
                .doesNotContain(id);
        Api.Reply again = Api.post("beijing-admin", "/api/v1/union-registrations/" + id + "/approval", "");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("field").asText()).isEqualTo("status");
        assertThat(again.json().get("code").asText()).isEqualTo("org.refused.notPending.ACTIVE");
        assertThat(again.json().get("detail").asText()).isEqualTo("仅待审核的登记可以审核，该登记已生效");

        Api.Reply moved = Api.post("beijing-admin", "/api/v1/org-units/" + id + "/move", "{\"newParentCode\":\"BJ-HR\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().get("parentCode").asText()).isEqualTo("BJ-HR");
        assertThat(moved.json().get("id").asLong()).isEqualTo(id);

        Api.Reply history = Api.get("beijing-admin", "/api/v1/org-units/" + id + "/history");
        assertThat(history.status()).isEqualTo(200);
        List<String> kinds = new ArrayList<>();
        history.json().forEach(e -> kinds.add(e.get("kind").asText()));
        assertThat(kinds).containsExactly("REGISTERED", "APPROVED", "MOVED");
        JsonNode move = history.json().get(2);
        assertThat(move.get("fromValue").asText()).isEqualTo("BJ-DC");
        assertThat(move.get("toValue").asText()).isEqualTo("BJ-HR");
        assertThat(move.get("actor").asText()).isEqualTo("beijing-admin");
    }

    @Test
    void a_credit_code_already_registered_in_the_office_is_refused_naming_the_field() {
        String creditCode = freshCreditCode();
        assertThat(Api.post("beijing-grassroots-clerk", "/api/v1/union-registrations",
                application("首次登记工会", creditCode, "BJ-DC")).status()).isEqualTo(201);
        Api.Reply duplicate = Api.post("beijing-admin", "/api/v1/union-registrations",
                application("重复登记工会", creditCode.toLowerCase(), "BJ-HR"));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().get("field").asText()).isEqualTo("creditCode");
        assertThat(duplicate.json().get("en").asText()).startsWith("the credit code is already registered in this office (");
        assertThat(duplicate.json().get("zh").asText()).startsWith("该统一社会信用代码已在本办事处登记（");

        Api.Reply wrongCheck = Api.post("beijing-admin", "/api/v1/union-registrations",
                application("校验码错误工会", creditCode.substring(0, 17) + (creditCode.charAt(17) == '0' ? '1' : '0'),
                        "BJ-HR"));
        assertThat(wrongCheck.status()).isEqualTo(400);
        assertThat(wrongCheck.json().get("field").asText()).isEqualTo("creditCode");
        assertThat(wrongCheck.json().get("code").asText()).isEqualTo("org.refused.creditCode.CHECK_CHARACTER");
    }

    @Test
    void another_city_and_a_grassroots_clerk_can_neither_see_nor_approve_a_beijing_registration() {
        long id = Api.post("beijing-grassroots-clerk", "/api/v1/union-registrations",
                application("他市不可见工会", freshCreditCode(), "BJ-DC")).json().get("id").asLong();
        assertThat(Api.get("baoji-admin", "/api/v1/union-registrations/" + id).status()).isEqualTo(404);
        assertThat(Api.post("baoji-admin", "/api/v1/union-registrations/" + id + "/approval", "").status())
                .isEqualTo(404);
        assertThat(Api.get("baoji-admin", "/api/v1/org-units/" + id + "/history").status()).isEqualTo(404);
        assertThat(Api.post("beijing-grassroots-clerk", "/api/v1/union-registrations/" + id + "/approval", "")
                .status()).isEqualTo(403);
        assertThat(Api.post("beijing-member", "/api/v1/union-registrations",
                application("会员不可登记", freshCreditCode(), "BJ-DC")).status()).isEqualTo(403);
        // The registering clerk still sees their registration and its history.
        assertThat(Api.get("beijing-grassroots-clerk", "/api/v1/org-units/" + id + "/history").status())
                .isEqualTo(200);
        Api.Reply rejected = Api.post("beijing-admin", "/api/v1/union-registrations/" + id + "/rejection",
                "{\"reason\":\"测试：材料不全\"}");
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.json().get("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.json().get("rejectionReason").asText()).isEqualTo("测试：材料不全");
    }

    @Test
    void a_union_moved_to_another_agency_office_takes_its_members_along() throws SQLException {
        long id = longValue("select id from org_unit where tenant_id = 'beijing' and code = 'BJ-GJ-003'");
        String oldPath = string("select path from org_unit where id = " + id);
        long members = longValue("select count(*) from member where tenant_id = 'beijing' and org_unit_id = " + id);
        assertThat(members).as("demo members of BJ-GJ-003").isPositive();
        long baojiBefore = longValue("select count(*) from member where tenant_id = 'baoji'");
        String newParentPath = string("select path from org_unit where tenant_id = 'beijing' and code = 'BJ-SG'");
        try {
            Api.Reply byClerk = Api.post("beijing-agency-clerk", "/api/v1/org-units/" + id + "/move",
                    "{\"newParentCode\":\"BJ-SG\"}");
            assertThat(byClerk.status()).isEqualTo(403);
            Api.Reply toUnion = Api.post("beijing-admin", "/api/v1/org-units/" + id + "/move",
                    "{\"newParentCode\":\"BJ-DC-001\"}");
            assertThat(toUnion.status()).isEqualTo(400);
            assertThat(toUnion.json().get("field").asText()).isEqualTo("newParentCode");
            assertThat(toUnion.json().get("en").asText()).isEqualTo("BJ-DC-001 is neither an agency office nor the city office");

            Api.Reply moved = Api.post("beijing-admin", "/api/v1/org-units/" + id + "/move",
                    "{\"newParentCode\":\"BJ-SG\"}");
            assertThat(moved.status()).as(moved.body()).isEqualTo(200);
            String newPath = newParentPath + id + "/";
            assertThat(string("select path from org_unit where id = " + id)).isEqualTo(newPath);
            assertThat(longValue("select count(*) from member where tenant_id = 'beijing' and org_unit_id = " + id
                    + " and org_path = '" + newPath + "'")).isEqualTo(members);
            assertThat(longValue("select count(*) from member where org_path = '" + oldPath + "'")).isZero();
            assertThat(longValue("select count(*) from member where tenant_id = 'baoji'")).isEqualTo(baojiBefore);

            Api.Reply clerk = Api.put("beijing-admin", "/api/v1/org-units/" + id + "/clerk",
                    "{\"clerkUsername\":\"bj-gj-003-clerk\"}");
            assertThat(clerk.status()).as(clerk.body()).isEqualTo(200);
            assertThat(clerk.json().get("clerkUsername").asText()).isEqualTo("bj-gj-003-clerk");
        } finally {
            Api.post("beijing-admin", "/api/v1/org-units/" + id + "/move", "{\"newParentCode\":\"BJ-GJ\"}");
        }
        assertThat(string("select path from org_unit where id = " + id)).isEqualTo(oldPath);
        assertThat(longValue("select count(*) from member where org_path = '" + oldPath + "'")).isEqualTo(members);
        List<String> kinds = new ArrayList<>();
        Api.get("beijing-admin", "/api/v1/org-units/" + id + "/history").json()
                .forEach(e -> kinds.add(e.get("kind").asText()));
        assertThat(kinds).containsExactly("MOVED", "CLERK_CHANGED", "MOVED");
    }

    private static String application(String name, String creditCode, String parentCode) {
        return "{\"name\":\"" + name + "\",\"creditCode\":\"" + creditCode + "\",\"headcount\":120,"
                + "\"clerkUsername\":\"beijing-grassroots-clerk\",\"parentCode\":\"" + parentCode + "\"}";
    }

    /** A valid trade-union credit code no demo unit has: demo codes are seeded, these are random. */
    static String freshCreditCode() {
        StringBuilder first17 = new StringBuilder("81110101");
        for (int i = 0; i < 9; i++) {
            first17.append(ThreadLocalRandom.current().nextInt(10));
        }
        return first17.toString() + CreditCode.checkCharacter(first17.toString());
    }

    private static List<Long> ids(JsonNode registrations) {
        List<Long> ids = new ArrayList<>();
        registrations.forEach(r -> ids.add(r.get("id").asLong()));
        return ids;
    }

    private static long longValue(String sql) throws SQLException {
        return Long.parseLong(string(sql));
    }

    private static String string(String sql) throws SQLException {
        try (Connection c = Platform.database(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            assertThat(rs.next()).as("a row for: " + sql).isTrue();
            return rs.getString(1);
        }
    }
}
