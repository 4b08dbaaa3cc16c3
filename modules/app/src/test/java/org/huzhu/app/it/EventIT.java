package org.huzhu.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Events over HTTP: a recurring rule becomes its dates, a full date puts the next member on the waitlist, a
 * cancellation moves them up, and a clerk checks in by the code on the day; an event's rules of eligibility turn
 * away members outside its subtree or gender, and are not changed under members already registered; an event's title,
 * place and description change, and a date's capacity never goes below its places taken while places added go to the
 * waiting in order.
 */
class EventIT {

    @BeforeAll
    static void ready() throws InterruptedException {
        Platform.awaitReady();
    }

    @Test
    void clerk_training_on_the_third_thursday_from_april_to_november_is_eight_dates_each_with_its_places() {
        int year = LocalDate.now().getYear() + 1;
        Api.Reply created = Api.post("beijing-admin", "/api/v1/events", "{\"title\":\"工会经办人业务培训\",\"kind\":\"TRAINING\","
                + "\"place\":\"市总工会培训中心\",\"capacity\":40,\"startsAt\":\"14:00:00\",\"endsAt\":\"17:00:00\","
                + "\"recurrence\":{\"ordinal\":3,\"dayOfWeek\":\"THURSDAY\",\"fromMonth\":4,\"toMonth\":11,\"year\":" + year + "}}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode dates = created.json().get("occurrences");
        assertThat(dates).hasSize(8);
        for (JsonNode date : dates) {
            LocalDate day = LocalDate.parse(date.get("day").asText());
            assertThat(day.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.THURSDAY);
            assertThat((day.getDayOfMonth() - 1) / 7).as(day.toString()).isEqualTo(2);
            assertThat(date.get("capacity").asInt()).isEqualTo(40);
        }
        Api.Reply fifth = Api.post("beijing-admin", "/api/v1/events", "{\"title\":\"x\",\"kind\":\"TRAINING\",\"place\":\"y\","
                + "\"capacity\":4,\"startsAt\":\"14:00:00\",\"endsAt\":\"17:00:00\",\"recurrence\":{\"ordinal\":5,"
                + "\"dayOfWeek\":\"THURSDAY\",\"fromMonth\":4,\"toMonth\":11,\"year\":" + year + "}}");
        assertThat(fifth.status()).isEqualTo(400);
        assertThat(fifth.json().get("field").asText()).isEqualTo("recurrence.ordinal");
    }

    @Test
    void a_full_lecture_waitlists_the_next_member_a_cancellation_moves_them_up_and_the_clerk_checks_them_in() throws Exception {
        Api.Reply created = Api.post("beijing-admin", "/api/v1/events", "{\"title\":\"健康讲座：颈椎保健\",\"kind\":\"LECTURE\","
                + "\"place\":\"东城区职工之家\",\"capacity\":1,\"startsAt\":\"09:00:00\",\"endsAt\":\"11:00:00\","
                + "\"recurrence\":{\"dates\":[\"" + LocalDate.now() + "\"]}}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long occurrence = created.json().get("occurrences").get(0).get("id").asLong();
        String registrations = "/api/v1/events/occurrences/" + occurrence + "/registrations";
        JsonNode first = Api.post("beijing-member", registrations, "").json();
        assertThat(first.get("status").asText()).isEqualTo("REGISTERED");
        assertThat(Api.post("beijing-member", registrations, "").json().get("id").asLong())
                .as("registering again is the same registration").isEqualTo(first.get("id").asLong());
        JsonNode second = Api.post("beijing-member-2", registrations, "").json();
        assertThat(second.get("status").asText()).isEqualTo("WAITLISTED");

        Api.Reply cancelled = Api.post("beijing-member", registrations + "/" + first.get("id").asLong() + "/cancellation", "");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        JsonNode list = Api.get("beijing-admin", registrations).json();
        assertThat(list.findParents("id").stream().filter(r -> r.get("id").asLong() == second.get("id").asLong())
                .findFirst().orElseThrow().get("status").asText()).isEqualTo("REGISTERED");
        assertThat(EnrolmentImportIT.count("SELECT registered FROM event_occurrence WHERE id = " + occurrence)).isEqualTo(1);
        assertThat(EnrolmentImportIT.count("SELECT COUNT(*) FROM notice_outbox WHERE reference = 'event-place-opened:"
                + second.get("id").asLong() + "'")).isEqualTo(1);

        Api.Reply byCode = Api.post("beijing-admin", "/api/v1/events/occurrences/" + occurrence + "/check-ins",
                "{\"code\":\"" + second.get("code").asText().toLowerCase() + "\"}");
        assertThat(byCode.status()).as(byCode.body()).isEqualTo(200);
        assertThat(byCode.json().get("status").asText()).isEqualTo("CHECKED_IN");
        Api.Reply cancelledIn = Api.post("beijing-admin", "/api/v1/events/occurrences/" + occurrence + "/check-ins",
                "{\"registrationId\":" + first.get("id").asLong() + "}");
        assertThat(cancelledIn.status()).as("a cancelled registration holds no place").isEqualTo(409);
        assertThat(Api.get("beijing-member-2", "/api/v1/me/event-registrations").json().findValuesAsText("status"))
                .contains("CHECKED_IN");
    }

    @Test
    void a_health_check_for_one_district_and_gender_turns_away_others_and_keeps_its_rules_while_they_would_shut_out_the_registered()
            throws Exception {
        long dongcheng = 0;
        for (JsonNode unit : Api.get("beijing-admin", "/api/v1/org-units").json()) {
            if ("BJ-DC".equals(unit.get("code").asText())) {
                dongcheng = unit.get("id").asLong();
            }
        }
        // beijing-member sits in Dongcheng, beijing-member-2 in Huairou (BJ-HR-001); the event is for the first's gender
        String code = EnrolmentImportIT.text("SELECT m.gender FROM member m JOIN member_login l ON l.member_id = m.id "
                + "AND l.tenant_id = m.tenant_id WHERE l.tenant_id = 'beijing' AND l.username = 'beijing-member'");
        String gender = "F".equals(code) ? "FEMALE" : "MALE";
        String otherGender = "F".equals(code) ? "MALE" : "FEMALE";
        Api.Reply created = Api.post("beijing-admin", "/api/v1/events", "{\"title\":\"东城区职工健康体检\",\"kind\":"
                + "\"HEALTH_CHECK\",\"place\":\"东城区职工医院\",\"capacity\":20,\"startsAt\":\"08:00:00\",\"endsAt\":"
                + "\"11:00:00\",\"recurrence\":{\"dates\":[\"" + LocalDate.now().plusDays(7) + "\"]},\"orgUnitId\":"
                + dongcheng + ",\"gender\":\"" + gender + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long event = created.json().get("id").asLong();
        assertThat(created.json().get("eligibility").get("orgUnitId").asLong()).isEqualTo(dongcheng);
        assertThat(created.json().get("eligibility").get("gender").asText()).isEqualTo(gender);
        String registrations = "/api/v1/events/occurrences/" + created.json().get("occurrences").get(0).get("id").asLong()
                + "/registrations";

        assertThat(Api.get("beijing-member-2", "/api/v1/events/" + event).json().get("notForYou").asText())
                .as("the member outside the district sees the event is not for them").isEqualTo("ORG_UNIT");
        assertThat(Api.get("beijing-member", "/api/v1/events/" + event).json().path("notForYou").isTextual())
                .as("null or left out: the event is open to them").isFalse();
        Api.Reply outside = Api.post("beijing-member-2", registrations, "");
        assertThat(outside.status()).as(outside.body()).isEqualTo(409);
        assertThat(outside.json().get("code").asText()).isEqualTo("campaigns.event.refused.notEligible.ORG_UNIT");
        assertThat(outside.json().get("zh").asText()).contains("指定单位");
        Api.Reply inside = Api.post("beijing-member", registrations, "");
        assertThat(inside.status()).as(inside.body()).isEqualTo(200);
        assertThat(inside.json().get("status").asText()).isEqualTo("REGISTERED");

        Api.Reply forOthers = Api.post("beijing-admin", "/api/v1/events", "{\"title\":\"健身操比赛\",\"kind\":\"SPORTS\","
                + "\"place\":\"劳动人民文化宫\",\"capacity\":20,\"startsAt\":\"09:00:00\",\"endsAt\":\"11:00:00\","
                + "\"recurrence\":{\"dates\":[\"" + LocalDate.now().plusDays(8) + "\"]},\"gender\":\"" + otherGender + "\"}");
        assertThat(forOthers.status()).as(forOthers.body()).isEqualTo(201);
        Api.Reply wrongGender = Api.post("beijing-member", "/api/v1/events/occurrences/"
                + forOthers.json().get("occurrences").get(0).get("id").asLong() + "/registrations", "");
        assertThat(wrongGender.status()).as(wrongGender.body()).isEqualTo(409);
        assertThat(wrongGender.json().get("code").asText()).isEqualTo("campaigns.event.refused.notEligible.GENDER");

        // rules that would shut out the registered member are refused with the figures; the registration stays
        Api.Reply shutting = Api.put("beijing-admin", "/api/v1/events/" + event + "/eligibility",
                "{\"orgUnitId\":" + dongcheng + ",\"gender\":\"" + otherGender + "\"}");
        assertThat(shutting.status()).as(shutting.body()).isEqualTo(409);
        assertThat(shutting.json().get("code").asText()).isEqualTo("campaigns.event.refused.shutsOut");
        assertThat(shutting.json().get("zh").asText()).contains("1 名已报名或候补的会员").contains("共 1 名");
        assertThat(Api.get("beijing-admin", "/api/v1/events/" + event).json().get("eligibility").get("gender").asText())
                .isEqualTo(gender);
        assertThat(Api.get("beijing-admin", registrations).json().get(0).get("status").asText()).isEqualTo("REGISTERED");
        // a member aged 121 does not exist: the rule is refused as bad input naming the field
        Api.Reply tooOld = Api.put("beijing-admin", "/api/v1/events/" + event + "/eligibility", "{\"minAge\":121}");
        assertThat(tooOld.status()).isEqualTo(400);
        assertThat(tooOld.json().get("field").asText()).isEqualTo("minAge");
        // opened to every member: nobody is shut out, and the member of Huairou registers
        Api.Reply opened = Api.put("beijing-admin", "/api/v1/events/" + event + "/eligibility", "{}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        assertThat(opened.json().get("eligibility").path("orgUnitId").isNumber()).isFalse();
        Api.Reply now = Api.post("beijing-member-2", registrations, "");
        assertThat(now.status()).as(now.body()).isEqualTo(200);
        assertThat(now.json().get("status").asText()).isEqualTo("REGISTERED");
    }

    @Test
    void the_office_changes_an_events_details_and_a_dates_capacity_never_below_the_places_taken_and_places_added_go_to_the_waiting()
            throws Exception {
        LocalDate first = LocalDate.now().plusDays(10);
        LocalDate second = LocalDate.now().plusDays(11);
        Api.Reply created = Api.post("beijing-admin", "/api/v1/events", "{\"title\":\"职工摄影讲座\",\"kind\":\"LECTURE\","
                + "\"place\":\"市工人文化宫\",\"description\":\"请自带相机\",\"capacity\":2,\"startsAt\":\"14:00:00\","
                + "\"endsAt\":\"16:00:00\",\"recurrence\":{\"dates\":[\"" + first + "\",\"" + second + "\"]}}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("description").asText()).isEqualTo("请自带相机");
        long event = created.json().get("id").asLong();
        long full = created.json().get("occurrences").get(0).get("id").asLong();
        long small = created.json().get("occurrences").get(1).get("id").asLong();

        // title, place and description change; the dates and their capacities stay
        Api.Reply renamed = Api.put("beijing-admin", "/api/v1/events/" + event, "{\"title\":\"职工摄影讲座（第二期）\","
                + "\"place\":\"市工人文化宫二楼\",\"description\":\"相机可现场借用\"}");
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        JsonNode read = Api.get("beijing-admin", "/api/v1/events/" + event).json();
        assertThat(read.get("title").asText()).isEqualTo("职工摄影讲座（第二期）");
        assertThat(read.get("place").asText()).isEqualTo("市工人文化宫二楼");
        assertThat(read.get("description").asText()).isEqualTo("相机可现场借用");
        assertThat(read.get("kind").asText()).isEqualTo("LECTURE");
        assertThat(read.get("occurrences")).hasSize(2);
        assertThat(read.get("occurrences").get(0).get("capacity").asInt()).isEqualTo(2);
        assertThat(read.get("occurrences").get(0).get("place").asText()).isEqualTo("市工人文化宫二楼");
        Api.Reply untitled = Api.put("beijing-admin", "/api/v1/events/" + event, "{\"title\":\" \",\"place\":\"x\"}");
        assertThat(untitled.status()).as(untitled.body()).isEqualTo(400);
        assertThat(untitled.json().get("field").asText()).isEqualTo("title");
        assertThat(Api.put("beijing-admin", "/api/v1/events/999999999", "{\"title\":\"x\",\"place\":\"y\"}").status())
                .isEqualTo(404);

        // never below the places taken: refused with both figures, nothing changed
        String fullRegistrations = "/api/v1/events/occurrences/" + full + "/registrations";
        assertThat(Api.post("beijing-member", fullRegistrations, "").json().get("status").asText()).isEqualTo("REGISTERED");
        assertThat(Api.post("beijing-member-2", fullRegistrations, "").json().get("status").asText())
                .isEqualTo("REGISTERED");
        Api.Reply below = Api.put("beijing-admin", "/api/v1/events/occurrences/" + full + "/capacity", "{\"capacity\":1}");
        assertThat(below.status()).as(below.body()).isEqualTo(409);
        assertThat(below.json().get("code").asText()).isEqualTo("campaigns.event.refused.capacityBelowTaken");
        assertThat(below.json().get("field").asText()).isEqualTo("capacity");
        assertThat(below.json().get("zh").asText()).contains("已报名的 2 人").contains("拟改为 1");
        assertThat(EnrolmentImportIT.count("SELECT capacity FROM event_occurrence WHERE id = " + full)).isEqualTo(2);
        Api.Reply none = Api.put("beijing-admin", "/api/v1/events/occurrences/" + full + "/capacity", "{\"capacity\":0}");
        assertThat(none.status()).as(none.body()).isEqualTo(400);
        assertThat(none.json().get("field").asText()).isEqualTo("capacity");
        Api.Reply same = Api.put("beijing-admin", "/api/v1/events/occurrences/" + full + "/capacity", "{\"capacity\":2}");
        assertThat(same.status()).as("down to exactly the places taken: " + same.body()).isEqualTo(200);

        // a date of one place: the second member waits; two places more move them up in order, told by SMS
        Api.Reply one = Api.put("beijing-admin", "/api/v1/events/occurrences/" + small + "/capacity", "{\"capacity\":1}");
        assertThat(one.status()).as(one.body()).isEqualTo(200);
        String smallRegistrations = "/api/v1/events/occurrences/" + small + "/registrations";
        assertThat(Api.post("beijing-member", smallRegistrations, "").json().get("status").asText())
                .isEqualTo("REGISTERED");
        JsonNode waiting = Api.post("beijing-member-2", smallRegistrations, "").json();
        assertThat(waiting.get("status").asText()).isEqualTo("WAITLISTED");
        Api.Reply raised = Api.put("beijing-admin", "/api/v1/events/occurrences/" + small + "/capacity", "{\"capacity\":3}");
        assertThat(raised.status()).as(raised.body()).isEqualTo(200);
        assertThat(raised.json().get("capacity").asInt()).isEqualTo(3);
        assertThat(raised.json().get("registered").asInt()).isEqualTo(2);
        assertThat(raised.json().get("waitlisted").asInt()).isZero();
        assertThat(Api.get("beijing-admin", smallRegistrations).json().findParents("id").stream()
                .filter(r -> r.get("id").asLong() == waiting.get("id").asLong()).findFirst().orElseThrow()
                .get("status").asText()).isEqualTo("REGISTERED");
        assertThat(EnrolmentImportIT.count("SELECT registered FROM event_occurrence WHERE id = " + small)).isEqualTo(2);
        assertThat(EnrolmentImportIT.count("SELECT COUNT(*) FROM notice_outbox WHERE reference = 'event-place-opened:"
                + waiting.get("id").asLong() + "'")).isEqualTo(1);
    }
}
