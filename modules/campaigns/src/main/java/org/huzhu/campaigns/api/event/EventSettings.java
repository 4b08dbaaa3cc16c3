package org.huzhu.campaigns.api.event;

import java.time.LocalTime;

/** An event as an office sets it up: each date of its recurrence is an occurrence with this capacity. */
public record EventSettings(String title, EventKind kind, String place, int capacity, LocalTime startsAt,
                            LocalTime endsAt, Recurrence recurrence) {
}
