package org.huzhu.campaigns.domain.event;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.huzhu.campaigns.api.event.RegistrationStatus;

/**
 * Who moves up when a registered member cancels: the waiting registration that came first (lowest id). A cancelled
 * waiting registration frees no place and promotes nobody.
 */
public final class EventQueue {

    private EventQueue() {
    }

    /** A registration as the queue sees it. */
    public record Entry(long id, RegistrationStatus status) {
    }

    public static Optional<Entry> next(List<Entry> registrations) {
        return registrations.stream().filter(e -> e.status() == RegistrationStatus.WAITLISTED)
                .min(Comparator.comparingLong(Entry::id));
    }

    /** Whether cancelling a registration in this status frees a place (someone may move up). */
    public static boolean freesPlace(RegistrationStatus status) {
        return status == RegistrationStatus.REGISTERED;
    }

    /** Whether a registration in this status may still be cancelled. */
    public static boolean cancellable(RegistrationStatus status) {
        return status == RegistrationStatus.REGISTERED || status == RegistrationStatus.WAITLISTED;
    }
}
