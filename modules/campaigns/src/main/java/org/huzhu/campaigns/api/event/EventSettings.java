package org.huzhu.campaigns.api.event;

import java.time.LocalTime;
import org.huzhu.kernel.identity.Gender;

/**
 * An event as an office sets it up: each date of its recurrence is an occurrence with this capacity. The rules of
 * who may register are flat here as in a giveaway's settings ({@code orgUnitId}, {@code gender}, {@code minAge}; null:
 * anyone), see {@link EventEligibility}. {@code description} is optional.
 */
public record EventSettings(String title, EventKind kind, String place, String description, int capacity,
                            LocalTime startsAt, LocalTime endsAt, Recurrence recurrence, Long orgUnitId, Gender gender,
                            Integer minAge) {

    /** The parts an office may change later ({@code PUT /api/v1/events/{id}}). */
    public EventDetails details() {
        return new EventDetails(title, place, description);
    }

    public EventEligibility eligibility() {
        return new EventEligibility(orgUnitId, gender, minAge);
    }
}
