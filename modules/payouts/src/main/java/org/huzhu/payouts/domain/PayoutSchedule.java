package org.huzhu.payouts.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;

/** The tenant's weekly payout day (周赔): the policy's weekday, Friday when the tenant has none or a bad one. */
public final class PayoutSchedule {

    public static final DayOfWeek DEFAULT_DAY = DayOfWeek.FRIDAY;

    private PayoutSchedule() {
    }

    public static DayOfWeek payoutDay(String policyWeekday) {
        if (policyWeekday == null || policyWeekday.isBlank()) {
            return DEFAULT_DAY;
        }
        try {
            return DayOfWeek.valueOf(policyWeekday.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return DEFAULT_DAY;
        }
    }

    /** Whether the schedule makes a run today: it is the payout day and no scheduled run was made for it. */
    public static boolean due(LocalDate today, String policyWeekday, boolean scheduledRunExists) {
        return today.getDayOfWeek() == payoutDay(policyWeekday) && !scheduledRunExists;
    }
}
