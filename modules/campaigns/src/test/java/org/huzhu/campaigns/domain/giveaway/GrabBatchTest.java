package org.huzhu.campaigns.domain.giveaway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.huzhu.campaigns.api.giveaway.GrabOutcome;
import org.huzhu.campaigns.domain.giveaway.GrabBatch.Ask;
import org.huzhu.campaigns.domain.giveaway.GrabBatch.Decision;
import org.huzhu.campaigns.domain.giveaway.GrabBatch.Refusal;
import org.huzhu.campaigns.domain.giveaway.GrabBatch.Replay;
import org.huzhu.campaigns.domain.giveaway.GrabBatch.Win;
import org.junit.jupiter.api.Test;

/** Grabs that arrived together, decided at once: the same answers as one at a time, the pool never overdrawn. */
class GrabBatchTest {

    @Test
    void the_pool_goes_in_arrival_order_and_then_the_waitlist_while_holds_are_open() {
        List<Decision> d = GrabBatch.decide(List.of(new Ask(1, "a"), new Ask(2, "b"), new Ask(3, "c")), Map.of(), 2, 1,
                false);
        assertThat(d).containsExactly(new Win(0), new Win(0), new Refusal(GrabOutcome.WAITLISTED));
        assertThat(GrabBatch.wins(d)).isEqualTo(2);
    }

    @Test
    void an_empty_pool_with_no_hold_open_is_sold_out() {
        assertThat(GrabBatch.decide(List.of(new Ask(1, "a")), Map.of(), 0, 1, false))
                .containsExactly(new Refusal(GrabOutcome.SOLD_OUT));
        assertThat(GrabBatch.decide(List.of(new Ask(1, "a")), Map.of(), 0, 1, true))
                .containsExactly(new Refusal(GrabOutcome.WAITLISTED));
    }

    @Test
    void a_double_click_in_the_same_batch_answers_the_first_win_and_takes_nothing_more() {
        List<Decision> d = GrabBatch.decide(List.of(new Ask(1, "k"), new Ask(1, "k"), new Ask(1, "k2")), Map.of(), 10,
                3, false);
        assertThat(d).containsExactly(new Win(0), new Replay("k"), new Win(1));
    }

    @Test
    void a_key_that_won_in_an_earlier_batch_answers_its_ticket_even_when_released() {
        Map<Long, List<GrabRules.Owned>> owned = Map.of(1L, List.of(new GrabRules.Owned("k", 0, false)));
        assertThat(GrabBatch.decide(List.of(new Ask(1, "k"), new Ask(1, "n")), owned, 5, 1, false))
                .containsExactly(new Replay("k"), new Win(0));
    }

    @Test
    void a_member_at_the_limit_is_refused_and_leaves_the_pool_to_the_next() {
        Map<Long, List<GrabRules.Owned>> owned = Map.of(1L, List.of(new GrabRules.Owned("x", 0, true),
                new GrabRules.Owned("y", 1, true)));
        assertThat(GrabBatch.decide(List.of(new Ask(1, "z"), new Ask(2, "a")), owned, 1, 2, false))
                .containsExactly(new Refusal(GrabOutcome.LIMIT_REACHED), new Win(0));
    }

    @Test
    void random_batches_never_overdraw_the_pool_nor_pass_the_limit_and_equal_grabs_one_at_a_time() {
        Random random = new Random(17);
        for (int round = 0; round < 200; round++) {
            int pool = random.nextInt(30);
            int limit = 1 + random.nextInt(3);
            List<Ask> asks = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                asks.add(new Ask(random.nextInt(12), "k" + random.nextInt(25)));
            }
            List<Decision> together = GrabBatch.decide(asks, Map.of(), pool, limit, false);
            assertThat(GrabBatch.wins(together)).isLessThanOrEqualTo(pool);
            assertThat(together).isEqualTo(oneAtATime(asks, pool, limit));
            Map<Long, Integer> perMember = new HashMap<>();
            for (int i = 0; i < asks.size(); i++) {
                if (together.get(i) instanceof Win) {
                    perMember.merge(asks.get(i).memberId(), 1, Integer::sum);
                }
            }
            assertThat(perMember.values()).allMatch(n -> n <= limit);
        }
    }

    /** The same asks decided one batch each, the stored tickets carried from one to the next. */
    private static List<Decision> oneAtATime(List<Ask> asks, int pool, int limit) {
        Map<Long, List<GrabRules.Owned>> owned = new HashMap<>();
        List<Decision> decisions = new ArrayList<>();
        int left = pool;
        boolean held = false;
        for (Ask ask : asks) {
            Decision d = GrabBatch.decide(List.of(ask), owned, left, limit, held).get(0);
            if (d instanceof Win win) {
                left--;
                held = true;
                owned.computeIfAbsent(ask.memberId(), m -> new ArrayList<>())
                        .add(new GrabRules.Owned(ask.key(), win.slot(), true));
            }
            decisions.add(d);
        }
        return decisions;
    }
}
