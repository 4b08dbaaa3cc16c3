package org.huzhu.campaigns.api.event;

import java.time.LocalTime;
import java.util.List;

/** An event with its dates. */
public record EventView(long id, String title, EventKind kind, String place, int capacity, LocalTime startsAt,
                        LocalTime endsAt, List<OccurrenceView> occurrences) {
}
