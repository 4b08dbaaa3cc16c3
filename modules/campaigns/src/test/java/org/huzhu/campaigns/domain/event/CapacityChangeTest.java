package org.huzhu.campaigns.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.huzhu.campaigns.api.event.RegistrationStatus;
import org.junit.jupiter.api.Test;

/** A date's capacity changed after registrations: never below the places taken; the places added go to the waiting. */
class CapacityChangeTest {

    private static EventQueue.Entry waiting(long id) {
        return new EventQueue.Entry(id, RegistrationStatus.WAITLISTED);
    }

    @Test
    void the_capacity_cannot_go_below_the_places_taken_and_the_refusal_names_both_figures() {
        CapacityChange.Refusal refusal = CapacityChange.check(29, 30).orElseThrow();
        assertThat(refusal.key()).isEqualTo("campaigns.event.refused.capacityBelowTaken");
        assertThat(refusal.params()).containsExactly(29, 30);
        assertThat(CapacityChange.check(30, 30)).as("down to exactly the places taken").isEmpty();
        assertThat(CapacityChange.check(50, 30)).isEmpty();
    }

    @Test
    void places_added_go_to_the_waiting_in_the_order_they_came() {
        List<EventQueue.Entry> queue = List.of(waiting(12), waiting(7), waiting(30),
                new EventQueue.Entry(3, RegistrationStatus.CANCELLED), waiting(9));
        assertThat(CapacityChange.promoted(32, 30, queue)).extracting(EventQueue.Entry::id).containsExactly(7L, 9L);
        assertThat(CapacityChange.promoted(40, 30, queue)).as("more places than waiting: all of them")
                .extracting(EventQueue.Entry::id).containsExactly(7L, 9L, 12L, 30L);
        assertThat(CapacityChange.promoted(30, 30, queue)).as("no place added, nobody moves").isEmpty();
        assertThat(CapacityChange.promoted(25, 30, queue)).isEmpty();
    }
}
