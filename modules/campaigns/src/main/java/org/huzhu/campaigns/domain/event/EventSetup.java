package org.huzhu.campaigns.domain.event;

import org.huzhu.campaigns.api.event.EventEligibility;
import org.huzhu.campaigns.api.event.EventSettings;
import org.huzhu.campaigns.domain.eligibility.Eligibility;
import org.huzhu.tenancy.api.Refused;

/** The rules of an event's settings, each refusal naming its field. */
public final class EventSetup {

    static final int MAX_CAPACITY = 100_000;

    private EventSetup() {
    }

    public static void check(EventSettings s) {
        if (s.title() == null || s.title().isBlank() || s.title().length() > 200) {
            throw Refused.badInput("title", "campaigns.event.refused.text", 200);
        }
        if (s.place() == null || s.place().isBlank() || s.place().length() > 200) {
            throw Refused.badInput("place", "campaigns.event.refused.text", 200);
        }
        if (s.kind() == null) {
            throw Refused.badInput("kind", "campaigns.event.refused.required");
        }
        if (s.capacity() < 1 || s.capacity() > MAX_CAPACITY) {
            throw Refused.badInput("capacity", "campaigns.event.refused.range", 1, MAX_CAPACITY);
        }
        if (s.startsAt() == null || s.endsAt() == null || !s.endsAt().isAfter(s.startsAt())) {
            throw Refused.badInput("endsAt", "campaigns.event.refused.times");
        }
        check(s.eligibility());
    }

    /** The rules of who may register: a minimum age within 0..120 (the unit is looked up by the caller). */
    public static void check(EventEligibility rules) {
        Eligibility.checkMinAge(rules.minAge(), "campaigns.event.refused.range");
    }
}
