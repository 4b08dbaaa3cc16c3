package org.huzhu.campaigns.domain.giveaway;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.huzhu.campaigns.api.giveaway.GiveawaySettings;

/**
 * Which changes an open giveaway refuses: those that would break what members hold. Before it opens anything goes.
 * After: the quota not below the tickets live, the limit not below the most one member holds, the opening time,
 * eligibility and quiz fixed (members were let in or kept out by them). The quota and limit checks are repeated by
 * the database in the update itself; this names the figures for the answer.
 */
public final class GiveawayEdit {

    private GiveawayEdit() {
    }

    /** A refused change: its message key and figures. */
    public record Refusal(String field, String key, Object... params) {
    }

    public static Optional<Refusal> check(Giveaway current, GiveawaySettings wanted, LocalDateTime now, long liveTickets,
                                          int mostHeldByOneMember) {
        if (now.isBefore(current.opensAt())) {
            return Optional.empty();
        }
        if (wanted.quota() < liveTickets) {
            return Optional.of(new Refusal("quota", "campaigns.giveaway.refused.quotaBelowWon", wanted.quota(), liveTickets));
        }
        if (wanted.perMemberLimit() < mostHeldByOneMember) {
            return Optional.of(new Refusal("perMemberLimit", "campaigns.giveaway.refused.limitBelowHeld",
                    wanted.perMemberLimit(), mostHeldByOneMember));
        }
        if (!wanted.opensAt().equals(current.opensAt())) {
            return Optional.of(new Refusal("opensAt", "campaigns.giveaway.refused.alreadyOpen", current.opensAt()));
        }
        boolean rulesChanged = !Objects.equals(wanted.orgUnitId(), current.orgUnitId())
                || wanted.gender() != current.eligibility().gender()
                || !Objects.equals(wanted.minAge(), current.eligibility().minAge())
                || !Objects.equals(blankToNull(wanted.quizQuestion()), current.quizQuestion())
                || !Objects.equals(blankToNull(wanted.quizAnswer()), current.quizAnswer());
        if (rulesChanged) {
            return Optional.of(new Refusal(null, "campaigns.giveaway.refused.rulesFixed", current.opensAt()));
        }
        return Optional.empty();
    }

    /**
     * The settings with the current quiz answer when they keep the question and leave the answer empty: the answer is
     * never shown (not by REST, not in the form), so an edit that does not mean to change it cannot send it back.
     */
    public static GiveawaySettings keepingQuizAnswer(Giveaway current, GiveawaySettings wanted) {
        String question = blankToNull(wanted.quizQuestion());
        if (question == null || blankToNull(wanted.quizAnswer()) != null || current.quizAnswer() == null
                || !question.equals(current.quizQuestion())) {
            return wanted;
        }
        return new GiveawaySettings(wanted.title(), wanted.item(), wanted.quota(), wanted.opensAt(), wanted.closesAt(),
                wanted.perMemberLimit(), wanted.orgUnitId(), wanted.gender(), wanted.minAge(), wanted.quizQuestion(),
                current.quizAnswer(), wanted.holdMinutes());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
