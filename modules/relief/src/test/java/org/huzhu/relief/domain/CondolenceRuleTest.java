package org.huzhu.relief.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.huzhu.kernel.identity.Gender;
import org.huzhu.org.api.JobFlag;
import org.huzhu.org.api.MemberCriteria;
import org.huzhu.relief.api.CondolenceKind;
import org.junit.jupiter.api.Test;

/** Condolence items: one amount for all, hardship first, a member once, the budget cut in that order, four eyes. */
class CondolenceRuleTest {

    private static CondolenceRule.Case member(long id, boolean hardship) {
        return new CondolenceRule.Case(id, "会员" + id, "/1/2/", hardship);
    }

    private final List<CondolenceRule.Case> cases = List.of(member(5, false), member(3, true), member(1, false),
            member(9, true), member(2, false));

    @Test
    void hardship_first_then_member_id_each_the_same_amount() {
        List<CondolenceRule.Line> lines = new CondolenceRule(20_000, 10_000_000).apply(cases);
        assertThat(lines).extracting(l -> l.recipient().memberId()).containsExactly(3L, 9L, 1L, 2L, 5L);
        assertThat(lines).extracting(CondolenceRule.Line::position).containsExactly(1, 2, 3, 4, 5);
        assertThat(lines).allMatch(l -> l.amountFen() == 20_000 && l.withinBudget());
    }

    @Test
    void a_budget_of_three_and_a_half_amounts_pays_the_first_three_and_cuts_the_rest() {
        // 200.00 each, budget 700.00: 200 + 200 + 200 = 600.00; the fourth would make 800.00
        List<CondolenceRule.Line> lines = new CondolenceRule(20_000, 70_000).apply(cases);
        assertThat(lines).extracting(l -> l.recipient().memberId() + ":" + l.withinBudget())
                .containsExactly("3:true", "9:true", "1:true", "2:false", "5:false");
        CondolenceItem item = item();
        item.computed(lines, LocalDateTime.of(2027, 3, 1, 9, 0));
        assertThat(item.linesWithin()).isEqualTo(3);
        assertThat(item.totalWithinFen()).isEqualTo(60_000);
        assertThat(item.linesCut()).isEqualTo(2);
        assertThat(item.totalCutFen()).isEqualTo(40_000);
    }

    @Test
    void a_budget_that_fits_exactly_pays_everyone_one_fen_less_cuts_the_last() {
        assertThat(new CondolenceRule(20_000, 100_000).apply(cases)).allMatch(CondolenceRule.Line::withinBudget);
        List<CondolenceRule.Line> short1 = new CondolenceRule(20_000, 99_999).apply(cases);
        assertThat(short1.get(4).withinBudget()).isFalse();
        assertThat(short1.subList(0, 4)).allMatch(CondolenceRule.Line::withinBudget);
    }

    @Test
    void a_member_twice_is_refused_and_a_rule_needs_positive_figures() {
        List<CondolenceRule.Case> twice = List.of(member(1, false), member(1, true));
        assertThatThrownBy(() -> new CondolenceRule(20_000, 70_000).apply(twice))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CondolenceRule(0, 70_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CondolenceRule(20_000, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_same_members_in_any_order_give_the_same_lines() {
        CondolenceRule rule = new CondolenceRule(100_000, 2_500_000);
        Random random = new Random(14);
        List<CondolenceRule.Case> many = new ArrayList<>();
        for (long id = 1; id <= 300; id++) {
            many.add(member(id * 7 % 1_000, random.nextInt(5) == 0));
        }
        List<CondolenceRule.Line> first = rule.apply(many);
        for (int i = 0; i < 20; i++) {
            List<CondolenceRule.Case> shuffled = new ArrayList<>(many);
            Collections.shuffle(shuffled, random);
            assertThat(rule.apply(shuffled)).isEqualTo(first);
        }
        assertThat(first.stream().filter(CondolenceRule.Line::withinBudget).count()).isEqualTo(25);
        // every hardship line before every other line, and no line paid after a cut one
        int lastHardship = first.stream().filter(l -> l.recipient().hardship()).mapToInt(CondolenceRule.Line::position)
                .max().orElseThrow();
        assertThat(first.subList(0, lastHardship)).allMatch(l -> l.recipient().hardship());
        assertThat(first.subList(lastHardship, first.size())).noneMatch(l -> l.recipient().hardship());
        assertThat(first.subList(0, 25)).allMatch(CondolenceRule.Line::withinBudget);
        assertThat(first.subList(25, first.size())).noneMatch(CondolenceRule.Line::withinBudget);
    }

    @Test
    void criteria_become_the_registrys_criteria_explicit_ids_kept_within_the_hardship_register() {
        CondolenceCriteria womensDay = new CondolenceCriteria(null, Gender.FEMALE, false, false, null);
        MemberCriteria c = womensDay.memberCriteria(List.of(4L, 5L));
        assertThat(c.pathPrefix()).isEqualTo("/");
        assertThat(c.gender()).isEqualTo(Gender.FEMALE);
        assertThat(c.within()).isNull();
        assertThat(c.anyFlag()).isEmpty();

        CondolenceCriteria modelWorkers = new CondolenceCriteria("/1/7/", null, false, true, Set.of(3L, 4L, 8L));
        MemberCriteria m = modelWorkers.memberCriteria(List.of(8L, 4L, 5L));
        assertThat(m.within()).containsExactly(3L, 4L, 8L);
        assertThat(m.anyFlag()).as("model workers anywhere: the registry's flag").containsExactly(JobFlag.MODEL_WORKER);
        assertThat(m.pathPrefix()).isEqualTo("/1/7/");

        assertThat(new CondolenceCriteria(null, null, true, false, null).memberCriteria(List.of(6L, 2L)).within())
                .containsExactly(2L, 6L);
        assertThat(new CondolenceCriteria(null, null, true, false, Set.of(1L)).memberCriteria(List.of(2L)).within())
                .as("nobody on both lists: nobody, not everybody").isEmpty();
        assertThat(new CondolenceCriteria(null, null, false, false, Set.of(1L, 2L)).memberCriteria(List.of()).within())
                .containsExactly(1L, 2L);
        assertThat(item().criteria()).isEqualTo(new CondolenceCriteria("/", Gender.FEMALE, false, false, Set.of()));
    }

    @Test
    void model_workers_in_hardship_are_the_households_counted_as_such_by_their_file_or_the_registry() {
        CondolenceCriteria both = new CondolenceCriteria("/1/7/", null, true, true, Set.of());
        assertThat(both.modelWorkersInHardship()).isTrue();
        // households in hardship 2, 4, 6, 8; 4 (file) and 8 (registry) count as model workers'; 9 is no hardship
        MemberCriteria m = both.memberCriteria(List.of(8L, 6L, 4L, 2L), List.of(4L, 8L, 9L));
        assertThat(m.within()).containsExactly(4L, 8L);
        assertThat(m.anyFlag()).as("the flag is in the list already: asking it again drops the file's own")
                .isEmpty();
        assertThat(m.pathPrefix()).isEqualTo("/1/7/");
        MemberCriteria listed = new CondolenceCriteria(null, null, true, true, Set.of(3L, 8L))
                .memberCriteria(List.of(8L, 4L, 3L), List.of(4L, 8L));
        assertThat(listed.within()).as("a list keeps those who are on it too").containsExactly(8L);
        assertThat(both.memberCriteria(List.of(2L), List.of()).within()).as("none counted: nobody").isEmpty();
        assertThatThrownBy(() -> both.memberCriteria(List.of(2L))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new CondolenceCriteria(null, null, true, false, null).modelWorkersInHardship()).isFalse();
    }

    @Test
    void the_creator_never_approves_a_second_person_approves_a_computed_item_once() {
        CondolenceItem item = item();
        assertThat(item.mayBeApprovedBy("other")).as("not computed yet").isFalse();
        item.computed(new CondolenceRule(20_000, 70_000).apply(cases), LocalDateTime.of(2027, 3, 1, 9, 0));
        assertThat(item.mayBeApprovedBy("creator")).isFalse();
        assertThatThrownBy(() -> item.approve("creator", LocalDateTime.now())).isInstanceOf(IllegalStateException.class);
        item.approve("other", LocalDateTime.of(2027, 3, 2, 9, 0));
        assertThat(item.status()).isEqualTo(AidRunStatus.APPROVED);
        assertThat(item.approvedBy()).isEqualTo("other");
        assertThat(item.mayBeApprovedBy("third")).isFalse();
    }

    @Test
    void a_line_is_approved_scheduled_and_paid_once_a_cut_line_never() {
        List<CondolenceRule.Line> lines = new CondolenceRule(20_000, 20_000).apply(List.of(member(1, true),
                member(2, false)));
        CondolenceLine paid = new CondolenceLine(7, lines.get(0));
        CondolenceLine cut = new CondolenceLine(7, lines.get(1));
        assertThat(cut.status()).isEqualTo(AidLineStatus.CUT);
        assertThat(cut.approve()).isFalse();
        assertThat(cut.schedule(1)).isFalse();
        assertThat(paid.schedule(1)).as("not approved yet").isFalse();
        assertThat(paid.approve()).isTrue();
        assertThat(paid.approve()).isFalse();
        assertThat(paid.schedule(1)).isTrue();
        assertThat(paid.schedule(2)).as("already on run 1").isFalse();
        assertThat(paid.markPaid(2, LocalDate.of(2027, 3, 8))).as("not on run 2").isFalse();
        assertThat(paid.markPaid(1, LocalDate.of(2027, 3, 8))).isTrue();
        assertThat(paid.markPaid(1, LocalDate.of(2027, 3, 9))).isFalse();
        assertThat(paid.markFailed(1, "frozen")).isFalse();
        assertThat(paid.status()).isEqualTo(AidLineStatus.PAID);
        assertThat(paid.paidOn()).isEqualTo(LocalDate.of(2027, 3, 8));
    }

    private static CondolenceItem item() {
        return new CondolenceItem("2027年三八慰问", CondolenceKind.WOMENS_DAY, 2027,
                new CondolenceCriteria(null, Gender.FEMALE, false, false, null), new CondolenceRule(20_000, 70_000),
                "creator", LocalDateTime.of(2027, 2, 20, 9, 0));
    }
}
