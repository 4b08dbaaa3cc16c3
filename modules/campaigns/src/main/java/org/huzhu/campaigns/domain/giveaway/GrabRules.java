package org.huzhu.campaigns.domain.giveaway;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.huzhu.campaigns.api.giveaway.GrabOutcome;

/**
 * The checks a grab passes before it touches the pool, in the order a member would want to hear them: not open
 * yet, closed, not eligible, quiz answered wrong. Taking a ticket itself is the database's (one conditional
 * decrement and the ticket's unique keys in one transaction), so no check here can oversell.
 */
public final class GrabRules {

    private GrabRules() {
    }

    /** What refuses the grab before the pool is touched, or empty when the member may try. */
    public static Optional<Refusal> precheck(Giveaway giveaway, MemberFacts member, LocalDateTime now, String answer) {
        if (now.isBefore(giveaway.opensAt())) {
            return Optional.of(new Refusal(GrabOutcome.NOT_OPEN, null));
        }
        if (giveaway.closesAt() != null && !now.isBefore(giveaway.closesAt())) {
            return Optional.of(new Refusal(GrabOutcome.CLOSED, null));
        }
        Optional<String> ineligible = giveaway.eligibility().refusal(member);
        if (ineligible.isPresent()) {
            return Optional.of(new Refusal(GrabOutcome.NOT_ELIGIBLE, ineligible.get()));
        }
        if (giveaway.quizAnswer() != null && !answerMatches(giveaway.quizAnswer(), answer)) {
            return Optional.of(new Refusal(GrabOutcome.QUIZ_WRONG, null));
        }
        return Optional.empty();
    }

    /** A refusal before the pool: the outcome and, for NOT_ELIGIBLE, the rule failed. */
    public record Refusal(GrabOutcome outcome, String reason) {
    }

    /** Answers compare without case, surrounding blanks or inner runs of blanks (full-width blanks too). */
    static boolean answerMatches(String expected, String given) {
        return given != null && normalise(expected).equals(normalise(given));
    }

    private static String normalise(String text) {
        return text.replace('\u3000', ' ').trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * The lowest slot below the limit that none of the member's live tickets takes, or empty when they hold the
     * limit. The database's unique key on (giveaway, member, live slot) is what holds; this only picks the slot to try.
     */
    public static OptionalInt freeSlot(Collection<Integer> liveSlots, int limit) {
        for (int slot = 0; slot < limit; slot++) {
            if (!liveSlots.contains(slot)) {
                return OptionalInt.of(slot);
            }
        }
        return OptionalInt.empty();
    }
}
