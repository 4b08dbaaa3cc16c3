package org.huzhu.campaigns.domain.event;

import org.huzhu.campaigns.api.event.EventDetails;
import org.huzhu.campaigns.api.event.EventEligibility;
import org.huzhu.campaigns.api.event.EventSettings;
import org.huzhu.campaigns.domain.eligibility.Eligibility;
import org.huzhu.tenancy.api.Refused;

/** The rules of an event's settings, each refusal naming its field. */
public final class EventSetup {

    static final int MAX_CAPACITY = 100_000;
    static final int MAX_DESCRIPTION = 2_000;

    private EventSetup() {
    }

    public static void check(EventSettings s) {
        check(s.details());
        if (s.kind() == null) {
            throw Refused.badInput("kind", "campaigns.event.refused.required");
        }
        checkCapacity(s.capacity());
        if (s.startsAt() == null || s.endsAt() == null || !s.endsAt().isAfter(s.startsAt())) {
            throw Refused.badInput("endsAt", "campaigns.event.refused.times");
        }
        check(s.eligibility());
    }

    /** Title and place required (at most 200 characters), the description optional (at most 2,000). */
    public static void check(EventDetails d) {
        if (d.title() == null || d.title().isBlank() || d.title().length() > 200) {
            throw Refused.badInput("title", "campaigns.event.refused.text", 200);
        }
        if (d.place() == null || d.place().isBlank() || d.place().length() > 200) {
            throw Refused.badInput("place", "campaigns.event.refused.text", 200);
        }
        if (d.description() != null && d.description().trim().length() > MAX_DESCRIPTION) {
            throw Refused.badInput("description", "campaigns.event.refused.tooLong", MAX_DESCRIPTION);
        }
    }

    /** A date's capacity: 1 to 100,000 (whether it holds the places taken is {@link CapacityChange}'s rule). */
    public static void checkCapacity(int capacity) {
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw Refused.badInput("capacity", "campaigns.event.refused.range", 1, MAX_CAPACITY);
        }
    }

    /** The rules of who may register: a minimum age within 0..120 (the unit is looked up by the caller). */
    public static void check(EventEligibility rules) {
        Eligibility.checkMinAge(rules.minAge(), "campaigns.event.refused.range");
    }
}
