package org.huzhu.plans.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huzhu.kernel.identity.Gender;
import org.huzhu.plans.infrastructure.ShippedPlans;
import org.junit.jupiter.api.Test;

/** Choose-one groups, riders, eligibility and enrolment windows on the shipped Beijing catalogue. */
class SelectionAndEligibilityTest {

    private static final Map<String, Plan> BEIJING = ShippedPlans.of("beijing");
    private static final LocalDate ON = LocalDate.of(2024, 3, 1);

    @Test
    void the_combined_plan_and_inpatient_medical_are_alternatives() {
        assertThat(SelectionRules.problems(List.of(BEIJING.get("combined"), BEIJING.get("inpatient-medical"))))
                .singleElement().satisfies(t -> assertThat(t.zh()).contains("只能选择其一"));
        assertThat(SelectionRules.problems(List.of(BEIJING.get("combined"), BEIJING.get("critical-illness")))).isEmpty();
    }

    @Test
    void the_childrens_accident_rider_needs_the_accident_plan() {
        assertThat(SelectionRules.problems(List.of(BEIJING.get("child-accident"))))
                .singleElement().satisfies(t -> assertThat(t.en()).contains("rider and needs accident-injury"));
        assertThat(SelectionRules.problems(List.of(BEIJING.get("accident-injury"), BEIJING.get("child-accident")))).isEmpty();
    }

    @Test
    void the_female_plan_refuses_a_man_and_members_outside_the_age_band() {
        Eligibility female = BEIJING.get("female-special-diseases").versionOn(ON).orElseThrow().eligibility();
        assertThat(female.refusal(member(Gender.MALE, 1990, false), ON)).hasValueSatisfying(
                t -> assertThat(t.zh()).isEqualTo("本计划仅限女职工参加"));
        assertThat(female.refusal(member(Gender.FEMALE, 1990, false), ON)).isEmpty();
        assertThat(female.refusal(member(Gender.FEMALE, 1960, false), ON)).hasValueSatisfying(
                t -> assertThat(t.en()).contains("enrolment age is 16 to 60; the member is 64"));
    }

    @Test
    void baojis_free_accident_cover_is_for_gig_workers_only() {
        Eligibility gig = ShippedPlans.of("baoji").get("gig-worker-accident").versionOn(ON).orElseThrow().eligibility();
        assertThat(gig.refusal(member(Gender.MALE, 1990, false), ON)).isPresent();
        assertThat(gig.refusal(member(Gender.MALE, 1990, true), ON)).isEmpty();
    }

    @Test
    void a_plan_scoped_to_an_agency_office_covers_its_unions_only() {
        Eligibility scoped = new Eligibility(null, 16, 60, Set.of("ACTIVE"), false, Set.of("BJ-DC"));
        MemberProfile inside = new MemberProfile(Gender.MALE, LocalDate.of(1990, 1, 1), "ACTIVE", false,
                Set.of("BJ", "BJ-DC", "BJ-DC-001"));
        MemberProfile outside = new MemberProfile(Gender.MALE, LocalDate.of(1990, 1, 1), "ACTIVE", false,
                Set.of("BJ", "BJ-HR", "BJ-HR-001"));
        assertThat(scoped.refusal(inside, ON)).isEmpty();
        assertThat(scoped.refusal(outside, ON)).isPresent();
    }

    @Test
    void an_enrolment_window_may_run_over_the_new_year() {
        EnrolmentWindow winter = new EnrolmentWindow(MonthDay.of(11, 1), MonthDay.of(1, 31));
        assertThat(winter.isOpen(LocalDate.of(2024, 12, 15))).isTrue();
        assertThat(winter.isOpen(LocalDate.of(2025, 1, 31))).isTrue();
        assertThat(winter.isOpen(LocalDate.of(2025, 2, 1))).isFalse();
        assertThat(EnrolmentWindow.ALL_YEAR.isOpen(LocalDate.of(2024, 2, 29))).isTrue();
    }

    private static MemberProfile member(Gender gender, int birthYear, boolean gig) {
        return new MemberProfile(gender, LocalDate.of(birthYear, 1, 1), "ACTIVE", gig, Set.of("BJ", "BJ-DC", "BJ-DC-001"));
    }
}
