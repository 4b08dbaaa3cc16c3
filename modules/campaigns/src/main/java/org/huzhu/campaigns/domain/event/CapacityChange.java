package org.huzhu.campaigns.domain.event;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.huzhu.campaigns.api.event.RegistrationStatus;

/**
 * A date's new capacity: never below the places already taken (a place given is not taken back), and the places it
 * adds go to the waiting in the order they came, as a cancellation's place does.
 */
public final class CapacityChange {

    private CapacityChange() {
    }

    /** A refused capacity: its message key and figures (asked, taken). */
    public record Refusal(String key, Object... params) {
    }

    public static Optional<Refusal> check(int wanted, int taken) {
        if (wanted < taken) {
            return Optional.of(new Refusal("campaigns.event.refused.capacityBelowTaken", wanted, taken));
        }
        return Optional.empty();
    }

    /** The waiting registrations that move up, first come first: as many as the new capacity leaves places for. */
    public static List<EventQueue.Entry> promoted(int capacity, int taken, List<EventQueue.Entry> registrations) {
        int free = Math.max(0, capacity - taken);
        return registrations.stream().filter(e -> e.status() == RegistrationStatus.WAITLISTED)
                .sorted(Comparator.comparingLong(EventQueue.Entry::id)).limit(free).toList();
    }
}
