package org.huzhu.campaigns.domain.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.huzhu.campaigns.api.distribution.Eligibility;
import org.huzhu.kernel.identity.Gender;
import org.huzhu.org.api.JobFlag;
import org.huzhu.org.api.MemberCriteria;
import org.junit.jupiter.api.Test;

class EligibilityRuleTest {

    static final LocalDate FIRST_DAY = LocalDate.of(2026, 7, 1);
    static final EligibilityRule SUMMER = new EligibilityRule("/1/5/", new Eligibility(5L, null, 18, 60,
            Set.of(JobFlag.OUTDOOR, JobFlag.HIGH_TEMPERATURE), false), FIRST_DAY);

    @Test
    void ages_count_on_the_campaigns_first_day_both_ends_included() {
        assertThat(SUMMER.admits("/1/5/23/", Gender.MALE, LocalDate.of(2008, 7, 1), Set.of(JobFlag.OUTDOOR)))
                .as("turns 18 on the first day").isTrue();
        assertThat(SUMMER.admits("/1/5/23/", Gender.MALE, LocalDate.of(2008, 7, 2), Set.of(JobFlag.OUTDOOR)))
                .as("turns 18 a day later").isFalse();
        assertThat(SUMMER.admits("/1/5/23/", Gender.MALE, LocalDate.of(1965, 7, 2), Set.of(JobFlag.OUTDOOR)))
                .as("still 60 on the first day").isTrue();
        assertThat(SUMMER.admits("/1/5/23/", Gender.MALE, LocalDate.of(1965, 7, 1), Set.of(JobFlag.OUTDOOR)))
                .as("turns 61 on the first day").isFalse();
        assertThat(SUMMER.bornFrom()).isEqualTo(LocalDate.of(1965, 7, 2));
        assertThat(SUMMER.bornTo()).isEqualTo(LocalDate.of(2008, 7, 1));
    }

    @Test
    void a_member_needs_one_of_the_job_flags_and_to_sit_in_the_scope() {
        LocalDate adult = LocalDate.of(1990, 1, 1);
        assertThat(SUMMER.admits("/1/5/23/", Gender.FEMALE, adult, Set.of(JobFlag.HIGH_TEMPERATURE))).isTrue();
        assertThat(SUMMER.admits("/1/5/23/", Gender.FEMALE, adult, Set.of(JobFlag.MODEL_WORKER))).isFalse();
        assertThat(SUMMER.admits("/1/5/23/", Gender.FEMALE, adult, Set.of())).isFalse();
        assertThat(SUMMER.admits("/1/6/40/", Gender.FEMALE, adult, Set.of(JobFlag.OUTDOOR))).as("other district").isFalse();
    }

    @Test
    void womens_day_selects_women_only_and_no_flags_means_everyone() {
        EligibilityRule womensDay = new EligibilityRule("/", new Eligibility(null, Gender.FEMALE, null, null, Set.of(),
                false), LocalDate.of(2026, 3, 8));
        assertThat(womensDay.admits("/1/5/23/", Gender.FEMALE, LocalDate.of(1950, 1, 1), Set.of())).isTrue();
        assertThat(womensDay.admits("/1/5/23/", Gender.MALE, LocalDate.of(1950, 1, 1), Set.of())).isFalse();
        assertThat(womensDay.bornFrom()).isNull();
        assertThat(womensDay.bornTo()).isNull();
    }

    @Test
    void the_registry_is_asked_with_the_same_bounds_and_the_hardship_register_only_when_the_rule_wants_it() {
        MemberCriteria criteria = SUMMER.criteria(Set.of(1L, 2L));
        assertThat(criteria.pathPrefix()).isEqualTo("/1/5/");
        assertThat(criteria.bornFrom()).isEqualTo(SUMMER.bornFrom());
        assertThat(criteria.bornTo()).isEqualTo(SUMMER.bornTo());
        assertThat(criteria.anyFlag()).containsExactlyInAnyOrder(JobFlag.OUTDOOR, JobFlag.HIGH_TEMPERATURE);
        assertThat(criteria.within()).isNull();
        EligibilityRule hardship = new EligibilityRule("/", new Eligibility(null, null, null, null, Set.of(), true),
                FIRST_DAY);
        assertThat(hardship.criteria(Set.of(7L)).within()).containsExactly(7L);
    }
}
