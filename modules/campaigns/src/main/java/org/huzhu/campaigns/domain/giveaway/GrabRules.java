package org.huzhu.campaigns.domain.giveaway;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.huzhu.campaigns.api.giveaway.GrabOutcome;
import org.huzhu.campaigns.domain.eligibility.MemberFacts;

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

    /** One of the member's tickets of the giveaway as the next step sees it. */
    public record Owned(String idempotencyKey, int slot, boolean live) {
    }

    /** What a grab does after the checks, from the member's tickets of the giveaway. */
    public sealed interface Step permits Replay, TrySlot, LimitReached {
    }

    /** The attempt already won: answer its ticket (the n-th of the member's), win nothing more. */
    public record Replay(int index) implements Step {
    }

    /** Try to take a ticket in this slot. */
    public record TrySlot(int slot) implements Step {
    }

    /** The member holds the limit. */
    public record LimitReached() implements Step {
    }

    /**
     * A retry of an attempt (same idempotency key) answers the ticket it won, whatever became of it; otherwise the
     * lowest free slot, or the limit is reached.
     */
    public static Step next(java.util.List<Owned> mine, String key, int limit) {
        for (int i = 0; i < mine.size(); i++) {
            if (mine.get(i).idempotencyKey().equals(key)) {
                return new Replay(i);
            }
        }
        OptionalInt slot = freeSlot(mine.stream().filter(Owned::live).map(Owned::slot).toList(), limit);
        return slot.isPresent() ? new TrySlot(slot.getAsInt()) : new LimitReached();
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
