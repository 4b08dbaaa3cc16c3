package org.huzhu.campaigns.api.event;

import java.time.LocalTime;
import java.util.List;

/**
 * An event with its dates and who may register. {@code notForYou}: for a member, the rule they fail (ORG_UNIT,
 * GENDER, AGE; the portal translates it), null when they may register; always null for staff.
 */
public record EventView(long id, String title, EventKind kind, String place, String description, int capacity,
                        LocalTime startsAt,
                        LocalTime endsAt, EventEligibility eligibility, String notForYou,
                        List<OccurrenceView> occurrences) {
}
