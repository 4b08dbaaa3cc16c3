package org.huzhu.campaigns.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.huzhu.campaigns.api.event.EventEligibility;
import org.huzhu.campaigns.api.event.EventKind;
import org.huzhu.campaigns.api.event.EventSettings;
import org.huzhu.campaigns.api.event.Recurrence;
import org.huzhu.campaigns.domain.eligibility.Eligibility;
import org.huzhu.campaigns.domain.eligibility.MemberFacts;
import org.huzhu.kernel.identity.Gender;
import org.huzhu.tenancy.api.Refused;
import org.junit.jupiter.api.Test;

/**
 * An event's rules of who may register: kept on the event as set, judged by the shared rule, and a change that would
 * shut out members already registered is refused with the figures.
 */
class EventEligibilityTest {

    static final MemberFacts WOMAN_IN_DONGCHENG = new MemberFacts(1, Gender.FEMALE, 45, "/1/5/23/", null);
    static final MemberFacts MAN_IN_DONGCHENG = new MemberFacts(2, Gender.MALE, 35, "/1/5/24/", null);
    static final MemberFacts WOMAN_IN_HUAIROU = new MemberFacts(3, Gender.FEMALE, 50, "/1/9/40/", null);

    static EventSettings settings(Long unit, Gender gender, Integer minAge) {
        return new EventSettings("女职工健康体检", EventKind.HEALTH_CHECK, "东城区妇幼保健院", "空腹前往", 30, LocalTime.of(8, 0),
                LocalTime.of(11, 0), new Recurrence(List.of(LocalDate.of(2027, 3, 8)), null, null, null, null, null),
                unit, gender, minAge);
    }

    @Test
    void a_health_check_for_women_of_dongcheng_keeps_its_rules_and_turns_away_a_man_and_a_woman_of_huairou() {
        EventSeries series = new EventSeries(settings(5L, Gender.FEMALE, null), "/1/5/", "beijing-admin",
                LocalDateTime.of(2027, 1, 4, 9, 0));
        assertThat(series.rules()).isEqualTo(new EventEligibility(5L, Gender.FEMALE, null));
        assertThat(series.eligibility().refusal(WOMAN_IN_DONGCHENG)).isEmpty();
        assertThat(series.eligibility().refusal(MAN_IN_DONGCHENG)).contains("GENDER");
        assertThat(series.eligibility().refusal(WOMAN_IN_HUAIROU)).contains("ORG_UNIT");
    }

    @Test
    void an_event_set_up_without_rules_is_open_to_every_member() {
        EventSeries series = new EventSeries(settings(null, null, null), null, "beijing-admin", LocalDateTime.now());
        assertThat(series.rules()).isEqualTo(EventEligibility.ANYONE);
        for (MemberFacts m : List.of(WOMAN_IN_DONGCHENG, MAN_IN_DONGCHENG, WOMAN_IN_HUAIROU)) {
            assertThat(series.eligibility().refusal(m)).isEmpty();
        }
    }

    @Test
    void new_rules_that_would_shut_out_registered_members_are_refused_with_how_many_of_how_many() {
        List<MemberFacts> registered = List.of(WOMAN_IN_DONGCHENG, MAN_IN_DONGCHENG, WOMAN_IN_HUAIROU);
        assertThat(EligibilityChange.check(new Eligibility("/1/5/", Gender.FEMALE, null), registered))
                .contains(new EligibilityChange.ShutOut(2, 3));
        assertThat(EligibilityChange.check(new Eligibility(null, null, 50), registered))
                .contains(new EligibilityChange.ShutOut(2, 3));
    }

    @Test
    void new_rules_that_keep_every_registered_member_in_go_through_and_so_do_any_rules_before_registrations() {
        assertThat(EligibilityChange.check(new Eligibility("/1/5/", null, 30),
                List.of(WOMAN_IN_DONGCHENG, MAN_IN_DONGCHENG))).isEmpty();
        assertThat(EligibilityChange.check(Eligibility.ANYONE, List.of(WOMAN_IN_HUAIROU))).isEmpty();
        assertThat(EligibilityChange.check(new Eligibility("/1/77/", Gender.MALE, 99), List.of())).isEmpty();
    }

    @Test
    void a_minimum_age_of_130_is_refused_at_set_up_naming_the_field() {
        assertThatThrownBy(() -> EventSetup.check(settings(null, null, 130)))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.field()).isEqualTo("minAge"));
    }
}
