package org.huzhu.campaigns.domain.giveaway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.huzhu.campaigns.api.giveaway.GiveawayItem;
import org.huzhu.campaigns.api.giveaway.GiveawaySettings;
import org.huzhu.campaigns.api.giveaway.GrabOutcome;
import org.huzhu.campaigns.domain.eligibility.MemberFacts;
import org.huzhu.kernel.identity.Gender;
import org.junit.jupiter.api.Test;

/** What a grab decides before and around the pool: opening, eligibility, quiz, limit, retries of an attempt. */
class GrabRulesTest {

    static final LocalDateTime OPENS = LocalDateTime.of(2026, 12, 1, 10, 0);

    static GiveawaySettings settings(int quota, int limit, String question, String answer) {
        return new GiveawaySettings("影院电影票", GiveawayItem.CINEMA_TICKET, quota, OPENS, OPENS.plusDays(7), limit, 5L,
                Gender.FEMALE, 18, question, answer, 30);
    }

    static Giveaway giveaway(int quota, int limit) {
        return new Giveaway(settings(quota, limit, "工会法颁布于哪一年？", "1950"), "/1/5/", "admin", OPENS.minusDays(1));
    }

    static final MemberFacts WOMAN_IN_SUBTREE = new MemberFacts(7, Gender.FEMALE, 30, "/1/5/23/", null);

    @Test
    void before_the_opening_time_the_answer_is_not_open_and_at_the_second_it_opens_the_member_may_try() {
        Giveaway g = giveaway(10, 1);
        assertThat(GrabRules.precheck(g, WOMAN_IN_SUBTREE, OPENS.minusSeconds(1), "1950")).get()
                .extracting(GrabRules.Refusal::outcome).isEqualTo(GrabOutcome.NOT_OPEN);
        assertThat(GrabRules.precheck(g, WOMAN_IN_SUBTREE, OPENS, "1950")).isEmpty();
        assertThat(GrabRules.precheck(g, WOMAN_IN_SUBTREE, OPENS.plusDays(7), "1950")).get()
                .extracting(GrabRules.Refusal::outcome).isEqualTo(GrabOutcome.CLOSED);
    }

    @Test
    void a_member_outside_the_subtree_of_the_other_gender_or_too_young_is_not_eligible_with_the_rule_named() {
        Giveaway g = giveaway(10, 1);
        assertThat(reason(g, new MemberFacts(7, Gender.FEMALE, 30, "/1/6/40/", null))).isEqualTo("ORG_UNIT");
        // a sibling whose path merely starts with the same digits is outside too
        assertThat(reason(g, new MemberFacts(7, Gender.FEMALE, 30, "/1/55/", null))).isEqualTo("ORG_UNIT");
        assertThat(reason(g, new MemberFacts(7, Gender.MALE, 30, "/1/5/23/", null))).isEqualTo("GENDER");
        assertThat(reason(g, new MemberFacts(7, Gender.FEMALE, 17, "/1/5/23/", null))).isEqualTo("AGE");
    }

    private static String reason(Giveaway g, MemberFacts member) {
        GrabRules.Refusal refusal = GrabRules.precheck(g, member, OPENS.plusMinutes(1), "1950").orElseThrow();
        assertThat(refusal.outcome()).isEqualTo(GrabOutcome.NOT_ELIGIBLE);
        return refusal.reason();
    }

    @Test
    void the_quiz_must_be_answered_right_first_blanks_and_case_aside() {
        Giveaway g = giveaway(10, 1);
        assertThat(GrabRules.precheck(g, WOMAN_IN_SUBTREE, OPENS.plusMinutes(1), "1949")).get()
                .extracting(GrabRules.Refusal::outcome).isEqualTo(GrabOutcome.QUIZ_WRONG);
        assertThat(GrabRules.precheck(g, WOMAN_IN_SUBTREE, OPENS.plusMinutes(1), null)).get()
                .extracting(GrabRules.Refusal::outcome).isEqualTo(GrabOutcome.QUIZ_WRONG);
        assertThat(GrabRules.precheck(g, WOMAN_IN_SUBTREE, OPENS.plusMinutes(1), "\u3000 1950 ")).isEmpty();
    }

    @Test
    void a_retry_of_an_attempt_that_won_answers_its_ticket_and_takes_no_second() {
        List<GrabRules.Owned> mine = List.of(new GrabRules.Owned("click-1", 0, true));
        assertThat(GrabRules.next(mine, "click-1", 2)).isEqualTo(new GrabRules.Replay(0));
        // even when the limit is reached, the retry still answers what it won
        assertThat(GrabRules.next(mine, "click-1", 1)).isEqualTo(new GrabRules.Replay(0));
        // and a ticket released since is answered as it is, not won again
        assertThat(GrabRules.next(List.of(new GrabRules.Owned("click-1", 0, false)), "click-1", 1))
                .isEqualTo(new GrabRules.Replay(0));
    }

    @Test
    void a_new_attempt_takes_the_lowest_free_slot_and_none_past_the_limit() {
        assertThat(GrabRules.next(List.of(), "a", 2)).isEqualTo(new GrabRules.TrySlot(0));
        assertThat(GrabRules.next(List.of(new GrabRules.Owned("a", 0, true)), "b", 2)).isEqualTo(new GrabRules.TrySlot(1));
        assertThat(GrabRules.next(List.of(new GrabRules.Owned("a", 0, true), new GrabRules.Owned("b", 1, true)), "c", 2))
                .isInstanceOf(GrabRules.LimitReached.class);
    }

    @Test
    void a_released_ticket_frees_its_slot_for_a_new_attempt() {
        List<GrabRules.Owned> mine = List.of(new GrabRules.Owned("a", 0, false), new GrabRules.Owned("b", 1, true));
        assertThat(GrabRules.next(mine, "c", 2)).isEqualTo(new GrabRules.TrySlot(0));
    }
}
