package org.huzhu.campaigns.api.event;

import java.time.LocalDate;
import java.time.LocalTime;

/** One date of an event with its capacity and how many are registered. */
public record OccurrenceView(long id, long eventId, String title, EventKind kind, String place, LocalDate day,
                             LocalTime startsAt, LocalTime endsAt, int capacity, int registered, long waitlisted) {
}
