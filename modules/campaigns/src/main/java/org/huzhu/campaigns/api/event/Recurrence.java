package org.huzhu.campaigns.api.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * When an event takes place: either the listed dates, or a monthly rule ("the third Thursday, April to November,
 * 2026"): {@code ordinal} 1-4 or -1 (the last), {@code dayOfWeek}, months {@code fromMonth}..{@code toMonth} of
 * {@code year}.
 */
public record Recurrence(List<LocalDate> dates, Integer ordinal, DayOfWeek dayOfWeek, Integer fromMonth,
                         Integer toMonth, Integer year) {
}
