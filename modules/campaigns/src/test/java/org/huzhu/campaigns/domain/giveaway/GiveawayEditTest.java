package org.huzhu.campaigns.domain.giveaway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.huzhu.campaigns.api.giveaway.GiveawayItem;
import org.huzhu.campaigns.api.giveaway.GiveawaySettings;
import org.huzhu.tenancy.api.Refused;
import org.junit.jupiter.api.Test;

/** A giveaway edited after it opened refuses what would break tickets members hold, naming the figures. */
class GiveawayEditTest {

    private final Giveaway open = GrabRulesTest.giveaway(100, 2);

    @Test
    void before_opening_anything_goes() {
        GiveawaySettings smaller = GrabRulesTest.settings(1, 1, null, null);
        assertThat(GiveawayEdit.check(open, smaller, GrabRulesTest.OPENS.minusMinutes(1), 0, 0)).isEmpty();
    }

    @Test
    void once_open_the_quota_cannot_go_below_the_tickets_won() {
        GiveawaySettings fewer = GrabRulesTest.settings(39, 2, "工会法颁布于哪一年？", "1950");
        GiveawayEdit.Refusal refusal = GiveawayEdit.check(open, fewer, GrabRulesTest.OPENS.plusMinutes(1), 40, 1)
                .orElseThrow();
        assertThat(refusal.key()).isEqualTo("campaigns.giveaway.refused.quotaBelowWon");
        assertThat(refusal.params()).containsExactly(39, 40L);
        assertThat(GiveawayEdit.check(open, GrabRulesTest.settings(40, 2, "工会法颁布于哪一年？", "1950"),
                GrabRulesTest.OPENS.plusMinutes(1), 40, 1)).isEmpty();
    }

    @Test
    void once_open_the_limit_cannot_go_below_what_one_member_holds() {
        GiveawayEdit.Refusal refusal = GiveawayEdit.check(open, GrabRulesTest.settings(100, 1, "工会法颁布于哪一年？", "1950"),
                GrabRulesTest.OPENS.plusMinutes(1), 40, 2).orElseThrow();
        assertThat(refusal.key()).isEqualTo("campaigns.giveaway.refused.limitBelowHeld");
        assertThat(refusal.params()).containsExactly(1, 2);
    }

    @Test
    void once_open_eligibility_and_quiz_are_fixed_but_the_quota_may_grow() {
        assertThat(GiveawayEdit.check(open, GrabRulesTest.settings(100, 2, "另一道题", "1950"),
                GrabRulesTest.OPENS.plusMinutes(1), 0, 0)).get().extracting(GiveawayEdit.Refusal::key)
                .isEqualTo("campaigns.giveaway.refused.rulesFixed");
        assertThat(GiveawayEdit.check(open, GrabRulesTest.settings(500, 3, "工会法颁布于哪一年？", "1950"),
                GrabRulesTest.OPENS.plusMinutes(1), 40, 2)).isEmpty();
    }

    @Test
    void a_new_quota_leaves_the_pool_at_what_the_live_tickets_leave() {
        Giveaway g = GrabRulesTest.giveaway(100, 2);
        g.resize(150, 40);
        assertThat(g.quota()).isEqualTo(150);
        assertThat(g.remaining()).isEqualTo(110);
    }

    @Test
    void an_edit_keeping_the_question_without_an_answer_keeps_the_answer_never_shown() {
        Giveaway g = GrabRulesTest.giveaway(100, 2);
        GiveawaySettings kept = GiveawayEdit.keepingQuizAnswer(g, GrabRulesTest.settings(120, 2, g.quizQuestion(), " "));
        assertThat(kept.quizAnswer()).isEqualTo(g.quizAnswer());
        assertThat(kept.quota()).isEqualTo(120);
        assertThat(GiveawayEdit.check(g, kept, GrabRulesTest.OPENS.plusMinutes(1), 40, 2)).isEmpty();
        // a new question needs its own answer: none is carried over to it
        assertThat(GiveawayEdit.keepingQuizAnswer(g, GrabRulesTest.settings(120, 2, "另一道题", null)).quizAnswer())
                .isNull();
        // a new answer typed is the answer
        assertThat(GiveawayEdit.keepingQuizAnswer(g, GrabRulesTest.settings(120, 2, g.quizQuestion(), "1949"))
                .quizAnswer()).isEqualTo("1949");
    }

    @Test
    void settings_out_of_range_are_refused_naming_the_field() {
        assertThatThrownBy(() -> GiveawaySetup.check(new GiveawaySettings("票", GiveawayItem.VOUCHER, 0,
                GrabRulesTest.OPENS, null, 1, null, null, null, null, null, 30)))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.field()).isEqualTo("quota"));
        assertThatThrownBy(() -> GiveawaySetup.check(new GiveawaySettings("票", GiveawayItem.VOUCHER, 10,
                GrabRulesTest.OPENS, null, 1, null, null, null, "题目", null, 30)))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.field()).isEqualTo("quizAnswer"));
        assertThatThrownBy(() -> GiveawaySetup.check(new GiveawaySettings("票", GiveawayItem.VOUCHER, 10,
                GrabRulesTest.OPENS, GrabRulesTest.OPENS, 1, null, null, null, null, null, 30)))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.field()).isEqualTo("closesAt"));
    }
}
