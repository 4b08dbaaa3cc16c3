package org.huzhu.campaigns.api.giveaway;

import java.time.LocalDateTime;
import org.huzhu.kernel.identity.Gender;

/** A giveaway as lists show it; the quiz answer is never shown. */
public record GiveawayView(long id, String title, GiveawayItem item, int quota, int remaining, LocalDateTime opensAt,
                           LocalDateTime closesAt, int perMemberLimit, Long orgUnitId, Gender gender, Integer minAge,
                           String quizQuestion, int holdMinutes, boolean open) {
}
