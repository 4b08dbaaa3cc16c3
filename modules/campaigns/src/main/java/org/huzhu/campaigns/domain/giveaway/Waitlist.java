package org.huzhu.campaigns.domain.giveaway;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who gets a lapsed hold: the first member on the waitlist (in order of asking) who still has a free slot under the
 * limit. Those passed over because they hold the limit by now leave the list; the rest keep their places.
 */
public final class Waitlist {

    private Waitlist() {
    }

    /** A waiting member, in order of asking. */
    public record Waiting(long entryId, long memberId) {
    }

    /** The member promoted with the slot they get (empty: nobody, the ticket goes back to the pool) and who left. */
    public record Promotion(Optional<Waiting> promoted, int slot, List<Waiting> left) {
    }

    public static Promotion promote(List<Waiting> inOrder, Map<Long, ? extends Collection<Integer>> liveSlotsByMember,
                                    int limit) {
        List<Waiting> left = new ArrayList<>();
        for (Waiting waiting : inOrder) {
            Collection<Integer> live = liveSlotsByMember.get(waiting.memberId());
            var slot = GrabRules.freeSlot(live == null ? List.of() : live, limit);
            if (slot.isPresent()) {
                return new Promotion(Optional.of(waiting), slot.getAsInt(), left);
            }
            left.add(waiting);
        }
        return new Promotion(Optional.empty(), -1, left);
    }
}
