package org.huzhu.campaigns.api.giveaway;

import java.time.LocalDateTime;
import org.huzhu.kernel.identity.Gender;

/**
 * What an office admin sets up. Times are the server's local time (as every recorded time of the platform).
 *
 * @param orgUnitId    only members of this unit's subtree may grab; null for the whole tenant
 * @param gender       only members of this gender; null for all
 * @param minAge       only members at least this old; null for all
 * @param quizQuestion a question to answer right before grabbing; null for none
 * @param holdMinutes  how long a won ticket is held before it must be confirmed
 */
public record GiveawaySettings(String title, GiveawayItem item, int quota, LocalDateTime opensAt,
                               LocalDateTime closesAt, int perMemberLimit, Long orgUnitId, Gender gender,
                               Integer minAge, String quizQuestion, String quizAnswer, int holdMinutes) {
}
