package org.huzhu.campaigns.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.huzhu.campaigns.api.event.Recurrence;
import org.huzhu.campaigns.api.event.RegistrationStatus;
import org.huzhu.tenancy.api.Refused;
import org.junit.jupiter.api.Test;

/** Recurring dates expanded to occurrences; who moves up when a place is cancelled. */
class RecurrenceRuleTest {

    @Test
    void clerk_training_on_the_third_thursday_from_april_to_november_2026_is_eight_dates() {
        List<LocalDate> dates = RecurrenceRule.dates(new Recurrence(null, 3, DayOfWeek.THURSDAY, 4, 11, 2026));
        assertThat(dates).containsExactly(LocalDate.of(2026, 4, 16), LocalDate.of(2026, 5, 21), LocalDate.of(2026, 6, 18),
                LocalDate.of(2026, 7, 16), LocalDate.of(2026, 8, 20), LocalDate.of(2026, 9, 17),
                LocalDate.of(2026, 10, 15), LocalDate.of(2026, 11, 19));
        assertThat(dates).allMatch(d -> d.getDayOfWeek() == DayOfWeek.THURSDAY && (d.getDayOfMonth() - 1) / 7 == 2);
    }

    @Test
    void the_last_friday_of_each_month_of_a_quarter() {
        assertThat(RecurrenceRule.monthly(-1, DayOfWeek.FRIDAY, 1, 3, 2027)).containsExactly(LocalDate.of(2027, 1, 29),
                LocalDate.of(2027, 2, 26), LocalDate.of(2027, 3, 26));
    }

    @Test
    void listed_dates_are_sorted_and_each_kept_once() {
        assertThat(RecurrenceRule.dates(new Recurrence(List.of(LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 3)), null, null, null, null, null)))
                .containsExactly(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3));
    }

    @Test
    void a_rule_with_a_fifth_week_or_months_backwards_is_refused_naming_the_field() {
        assertThatThrownBy(() -> RecurrenceRule.dates(new Recurrence(null, 5, DayOfWeek.THURSDAY, 4, 11, 2026)))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.field()).isEqualTo("recurrence.ordinal"));
        assertThatThrownBy(() -> RecurrenceRule.dates(new Recurrence(null, 3, DayOfWeek.THURSDAY, 11, 4, 2026)))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.field()).isEqualTo("recurrence.fromMonth"));
    }

    @Test
    void the_rule_is_stored_as_codes_and_listed_dates_as_none() {
        assertThat(RecurrenceRule.text(new Recurrence(null, 3, DayOfWeek.THURSDAY, 4, 11, 2026)))
                .isEqualTo("MONTHLY;3;THURSDAY;4;11;2026");
        assertThat(RecurrenceRule.text(new Recurrence(List.of(LocalDate.of(2026, 12, 1)), null, null, null, null, null)))
                .isNull();
    }

    @Test
    void a_cancelled_place_goes_to_the_first_waiting_and_a_cancelled_wait_frees_none() {
        List<EventQueue.Entry> queue = List.of(new EventQueue.Entry(9, RegistrationStatus.WAITLISTED),
                new EventQueue.Entry(4, RegistrationStatus.REGISTERED), new EventQueue.Entry(7, RegistrationStatus.WAITLISTED));
        assertThat(EventQueue.next(queue)).contains(new EventQueue.Entry(7, RegistrationStatus.WAITLISTED));
        assertThat(EventQueue.freesPlace(RegistrationStatus.REGISTERED)).isTrue();
        assertThat(EventQueue.freesPlace(RegistrationStatus.WAITLISTED)).isFalse();
        assertThat(EventQueue.cancellable(RegistrationStatus.CHECKED_IN)).isFalse();
    }
}
