package org.huzhu.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Events over HTTP: a recurring rule becomes its dates, a full date puts the next member on the waitlist, a
 * cancellation moves them up, and a clerk checks in by the code on the day.
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
}
