package org.huzhu.campaigns.domain.giveaway;

import java.time.LocalDateTime;
import org.huzhu.campaigns.api.giveaway.GiveawaySettings;
import org.huzhu.campaigns.domain.eligibility.Eligibility;
import org.huzhu.tenancy.api.Refused;

/** The rules of a giveaway's settings, each refusal naming its field. */
public final class GiveawaySetup {

    static final int MAX_QUOTA = 1_000_000;
    static final int MAX_LIMIT = 20;
    static final int MAX_HOLD_MINUTES = 7 * 24 * 60;

    private GiveawaySetup() {
    }

    public static void check(GiveawaySettings s) {
        if (s.title() == null || s.title().isBlank() || s.title().length() > 200) {
            throw Refused.badInput("title", "campaigns.giveaway.refused.title", 200);
        }
        if (s.item() == null) {
            throw Refused.badInput("item", "campaigns.giveaway.refused.required");
        }
        if (s.quota() < 1 || s.quota() > MAX_QUOTA) {
            throw Refused.badInput("quota", "campaigns.giveaway.refused.range", 1, MAX_QUOTA);
        }
        if (s.perMemberLimit() < 1 || s.perMemberLimit() > MAX_LIMIT) {
            throw Refused.badInput("perMemberLimit", "campaigns.giveaway.refused.range", 1, MAX_LIMIT);
        }
        if (s.holdMinutes() < 1 || s.holdMinutes() > MAX_HOLD_MINUTES) {
            throw Refused.badInput("holdMinutes", "campaigns.giveaway.refused.range", 1, MAX_HOLD_MINUTES);
        }
        if (s.opensAt() == null) {
            throw Refused.badInput("opensAt", "campaigns.giveaway.refused.required");
        }
        checkWindow(s.opensAt(), s.closesAt());
        Eligibility.checkMinAge(s.minAge(), "campaigns.giveaway.refused.range");
        checkQuiz(s);
    }

    private static void checkWindow(LocalDateTime opens, LocalDateTime closes) {
        if (closes != null && !closes.isAfter(opens)) {
            throw Refused.badInput("closesAt", "campaigns.giveaway.refused.closesBeforeOpening");
        }
    }

    private static void checkQuiz(GiveawaySettings s) {
        String question = GiveawayEdit.blankToNull(s.quizQuestion());
        String answer = GiveawayEdit.blankToNull(s.quizAnswer());
        if ((question == null) != (answer == null)) {
            throw Refused.badInput(question == null ? "quizQuestion" : "quizAnswer", "campaigns.giveaway.refused.quizPair");
        }
        if (question != null && (question.length() > 500 || answer.length() > 100)) {
            throw Refused.badInput(question.length() > 500 ? "quizQuestion" : "quizAnswer",
                    "campaigns.giveaway.refused.tooLong", question.length() > 500 ? 500 : 100);
        }
    }
}
