package org.huzhu.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.huzhu.kernel.identity.Gender;

/**
 * Members with cover to claim on, made the way users make them: the office registers and approves a small
 * grassroots union under BJ-DC (six staff, so everyone enrols), the agency clerk uploads its list for this
 * year's term (inpatient medical and accident injury, one unit each), submits it, and the office records the
 * fee paid in full on the term start.
 */
final class ClaimFixture {

    static final String TERM = java.time.LocalDate.now().getYear() + "-01-01";

    final long unionId;
    final List<Long> members = new ArrayList<>();
    /** The members' national IDs, in the order of {@link #members}. */
    final List<String> nationalIds = new ArrayList<>();

    ClaimFixture(int seed) throws Exception {
        this(seed, "inpatient-medical", "accident-injury");
    }

    /** A grassroots union under BJ-DC, registered by the office and approved by the agency clerk. */
    static long newUnion(String name, int headcount) throws InterruptedException {
        Platform.awaitReady();
        Api.Reply registered = Api.post("beijing-admin", "/api/v1/union-registrations", "{\"name\":\"" + name
                + "\",\"creditCode\":\"" + UnionRegistrationIT.freshCreditCode() + "\",\"headcount\":" + headcount
                + ",\"clerkUsername\":\"beijing-agency-clerk\",\"parentCode\":\"BJ-DC\"}");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        long id = registered.json().get("id").asLong();
        Api.Reply approved = Api.post("beijing-agency-clerk", "/api/v1/union-registrations/" + id + "/approval", "");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        return id;
    }

    /** The same union and people, enrolled in these plans (one unit each). */
    ClaimFixture(int seed, String... plans) throws Exception {
        unionId = newUnion("理赔测试工会" + seed, 6);
        StringBuilder csv = new StringBuilder("姓名,身份证号,手机号,会员卡号,保障计划,份数\n");
        List<String> ids = nationalIds;
        for (int i = 0; i < 6; i++) {
            String id = EnrolmentList.person(seed, i, i % 2 == 0 ? Gender.MALE : Gender.FEMALE);
            ids.add(id);
            String phone = "137" + String.format("%08d", seed * 1_000 + i);
            String card = "62150000" + String.format("%011d", seed * 1_000L + i);
            for (String plan : plans) {
                csv.append("理赔").append((char) ('甲' + i)).append(',').append(id).append(',').append(phone).append(',')
                        .append(card).append(',').append(plan).append(",1\n");
            }
        }
        long list = EnrolmentImportIT.upload("beijing-agency-clerk", unionId, TERM,
                csv.toString().getBytes(StandardCharsets.UTF_8)).get("id").asLong();
        JsonNode checked = EnrolmentImportIT.waitFor("beijing-agency-clerk", list, "CHECKED");
        assertThat(checked.get("badRows").asInt()).as(checked.toString()).isZero();
        EnrolmentImportIT.post("beijing-agency-clerk", "/api/v1/enrolment-imports/" + list + "/submission");
        JsonNode submitted = EnrolmentImportIT.waitFor("beijing-agency-clerk", list, "SUBMITTED");
        EnrolmentImportIT.pay(list, submitted.get("fee").asText(), TERM);
        for (String id : ids) {
            members.add(EnrolmentImportIT.memberId(id));
        }
    }
}
