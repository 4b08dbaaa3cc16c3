package org.huzhu.campaigns.domain.giveaway;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.huzhu.campaigns.api.giveaway.GrabOutcome;

/**
 * Decides the grabs of one giveaway that arrived together, in their order, from what the database holds under the
 * pool's row lock: the pool, the limit, each asking member's tickets, whether any hold is open. One decision per
 * attempt, with the same rules as one grab alone ({@link GrabRules#next}): a key that already won answers its ticket
 * (also when it won earlier in the same batch: a double click), else the lowest free slot while the pool lasts, else
 * the limit; an empty pool waitlists while holds are open, else it is sold out.
 */
public final class GrabBatch {

    private GrabBatch() {
    }

    /** One attempt: the member and the attempt's idempotency key. */
    public record Ask(long memberId, String key) {
    }

    /** What becomes of an attempt. */
    public sealed interface Decision permits Win, Replay, Refusal {
    }

    /** A new ticket in this slot, taken from the pool. */
    public record Win(int slot) implements Decision {
    }

    /** The key already won: answer the member's ticket of that key (stored, or won earlier in this batch). */
    public record Replay(String key) implements Decision {
    }

    /** No ticket: LIMIT_REACHED, WAITLISTED or SOLD_OUT. */
    public record Refusal(GrabOutcome outcome) implements Decision {
    }

    /**
     * @param asks      the attempts in arrival order
     * @param owned     each asking member's tickets of the giveaway (any status), as stored
     * @param remaining what the pool holds
     * @param limit     tickets a member may hold at once
     * @param holdsOpen whether some stored ticket is still held (a hold may lapse and go to the waitlist)
     */
    public static List<Decision> decide(List<Ask> asks, Map<Long, List<GrabRules.Owned>> owned, int remaining,
                                        int limit, boolean holdsOpen) {
        Map<Long, List<GrabRules.Owned>> mine = new HashMap<>();
        owned.forEach((member, tickets) -> mine.put(member, new ArrayList<>(tickets)));
        List<Decision> decisions = new ArrayList<>(asks.size());
        int pool = remaining;
        boolean held = holdsOpen;
        for (Ask ask : asks) {
            List<GrabRules.Owned> tickets = mine.computeIfAbsent(ask.memberId(), m -> new ArrayList<>());
            GrabRules.Step step = GrabRules.next(tickets, ask.key(), limit);
            if (step instanceof GrabRules.Replay) {
                decisions.add(new Replay(ask.key()));
            } else if (step instanceof GrabRules.TrySlot slot && pool > 0) {
                pool--;
                held = true;
                tickets.add(new GrabRules.Owned(ask.key(), slot.slot(), true));
                decisions.add(new Win(slot.slot()));
            } else if (step instanceof GrabRules.TrySlot) {
                decisions.add(new Refusal(held ? GrabOutcome.WAITLISTED : GrabOutcome.SOLD_OUT));
            } else {
                decisions.add(new Refusal(GrabOutcome.LIMIT_REACHED));
            }
        }
        return decisions;
    }

    /** How many tickets the decisions take from the pool. */
    public static int wins(List<Decision> decisions) {
        return (int) decisions.stream().filter(Win.class::isInstance).count();
    }
}
