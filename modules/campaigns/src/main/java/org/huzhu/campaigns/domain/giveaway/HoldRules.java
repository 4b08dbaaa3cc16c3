package org.huzhu.campaigns.domain.giveaway;

import java.time.Duration;
import java.time.LocalDateTime;

/** How long a won ticket is held, when a member is reminded that the hold is about to lapse, when it has lapsed. */
public final class HoldRules {

    /** Reminders go out when a quarter of the hold is left, but never earlier than 30 minutes before it lapses. */
    static final Duration LONGEST_REMINDER = Duration.ofMinutes(30);

    private HoldRules() {
    }

    public static LocalDateTime holdUntil(LocalDateTime wonAt, int holdMinutes) {
        return wonAt.plusMinutes(holdMinutes);
    }

    /** When the reminder is due for a hold of {@code holdMinutes} that lapses at {@code holdUntil}. */
    public static LocalDateTime remindAt(LocalDateTime holdUntil, int holdMinutes) {
        Duration quarter = Duration.ofMinutes(holdMinutes).dividedBy(4);
        Duration before = quarter.compareTo(LONGEST_REMINDER) > 0 ? LONGEST_REMINDER : quarter;
        return holdUntil.minus(before);
    }

    public static boolean lapsed(LocalDateTime holdUntil, LocalDateTime now) {
        return !now.isBefore(holdUntil);
    }
}
