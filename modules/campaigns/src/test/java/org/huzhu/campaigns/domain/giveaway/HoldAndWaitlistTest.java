package org.huzhu.campaigns.domain.giveaway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A hold lapses at its time, is reminded of before, and goes to the first on the waitlist with a free slot. */
class HoldAndWaitlistTest {

    static final LocalDateTime WON = LocalDateTime.of(2026, 12, 1, 10, 0, 5);

    @Test
    void a_hold_of_thirty_minutes_lapses_thirty_minutes_after_the_win_not_a_second_before() {
        LocalDateTime until = HoldRules.holdUntil(WON, 30);
        assertThat(until).isEqualTo(WON.plusMinutes(30));
        assertThat(HoldRules.lapsed(until, until.minusSeconds(1))).isFalse();
        assertThat(HoldRules.lapsed(until, until)).isTrue();
    }

    @Test
    void the_reminder_comes_with_a_quarter_of_the_hold_left_at_most_thirty_minutes_before() {
        LocalDateTime shortHold = HoldRules.holdUntil(WON, 20);
        assertThat(HoldRules.remindAt(shortHold, 20)).isEqualTo(shortHold.minusMinutes(5));
        LocalDateTime dayHold = HoldRules.holdUntil(WON, 24 * 60);
        assertThat(HoldRules.remindAt(dayHold, 24 * 60)).isEqualTo(dayHold.minusMinutes(30));
    }

    @Test
    void a_lapsed_hold_goes_to_the_first_waiting_in_order_of_asking() {
        var first = new Waitlist.Waiting(11, 101);
        var second = new Waitlist.Waiting(12, 102);
        Waitlist.Promotion promotion = Waitlist.promote(List.of(first, second), Map.of(), 1);
        assertThat(promotion.promoted()).contains(first);
        assertThat(promotion.slot()).isZero();
        assertThat(promotion.left()).isEmpty();
    }

    @Test
    void a_waiting_member_who_holds_the_limit_by_now_is_passed_over_and_leaves_the_list() {
        var full = new Waitlist.Waiting(11, 101);
        var next = new Waitlist.Waiting(12, 102);
        Waitlist.Promotion promotion = Waitlist.promote(List.of(full, next), Map.of(101L, List.of(0), 102L, List.of(0)), 2);
        // 101 has slot 1 free too with a limit of 2: promoted into it
        assertThat(promotion.promoted()).contains(full);
        assertThat(promotion.slot()).isEqualTo(1);
        Waitlist.Promotion limited = Waitlist.promote(List.of(full, next), Map.of(101L, List.of(0)), 1);
        assertThat(limited.promoted()).contains(next);
        assertThat(limited.left()).containsExactly(full);
    }

    @Test
    void with_nobody_waiting_the_ticket_goes_back_to_the_pool() {
        assertThat(Waitlist.promote(List.of(), Map.of(), 1).promoted()).isEmpty();
    }

    @Test
    void ticket_codes_are_ten_characters_without_look_alikes_and_differ() {
        String a = TicketCodes.next();
        assertThat(TicketCodes.wellFormed(a)).isTrue();
        assertThat(a).doesNotContain("0", "O", "1", "I", "L");
        assertThat(java.util.stream.IntStream.range(0, 10_000).mapToObj(i -> TicketCodes.next()).distinct().count())
                .isEqualTo(10_000);
    }
}
