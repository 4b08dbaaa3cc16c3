package org.huzhu.relief.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huzhu.relief.api.AidGroup;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of a secondary-aid run. Base bands of the remaining self-paid amount: under 1,000.00 nothing;
 * 1,000.00-5,000.00 20%; 5,000.00-20,000.00 30% capped at 3,000.00; 20,000.00 and more a fixed 5,000.00. Hardship
 * households get 500.00 more, major illness 10% of 5,000.00 and more capped at 1,000.00; at most 6,000.00 a member.
 */
class SecondaryAidBandsTest {

    static final List<AidBand> BASE = List.of(new AidBand(100_000, 500_000L, 0, 20, null),
            new AidBand(500_000, 2_000_000L, 0, 30, 300_000L), new AidBand(2_000_000, null, 500_000, 0, null));
    static final Map<AidGroup, List<AidBand>> EXTRA = Map.of(
            AidGroup.HARDSHIP, List.of(new AidBand(0, null, 50_000, 0, null)),
            AidGroup.MAJOR_ILLNESS, List.of(new AidBand(500_000, null, 0, 10, 100_000L)));

    static AidRule rule(long budgetFen) {
        return new AidRule(BASE, EXTRA, 600_000L, budgetFen);
    }

    static AidRule.Case member(long id, long selfPaid, long paid, AidGroup... groups) {
        return new AidRule.Case(id, "member" + id, "/1/", selfPaid, paid, Set.of(groups));
    }

    static long aid(AidRule.Case member) {
        List<AidRule.Line> lines = rule(100_000_000).apply(List.of(member));
        return lines.isEmpty() ? 0 : lines.get(0).aidFen();
    }

    @Test
    void the_remaining_self_paid_amount_picks_one_band() {
        // 3,000.00 self-paid, 1,000.00 paid by the plan: 2,000.00 remaining x 20% = 400.00
        assertThat(aid(member(1, 300_000, 100_000))).isEqualTo(40_000);
        // 12,000.00 - 2,000.00 = 10,000.00 x 30% = 3,000.00, exactly the cap
        assertThat(aid(member(2, 1_200_000, 200_000))).isEqualTo(300_000);
        // 15,000.00 - 1,333.33 = 13,666.67 x 30% = 4,100.00 -> capped at 3,000.00
        assertThat(aid(member(3, 1_500_000, 133_333))).isEqualTo(300_000);
        // 26,000.00 remaining: the fixed 5,000.00
        assertThat(aid(member(4, 3_000_000, 400_000))).isEqualTo(500_000);
    }

    @Test
    void below_the_first_band_or_fully_paid_by_the_plan_gives_no_line() {
        assertThat(rule(100_000_000).apply(List.of(member(5, 80_000, 0), member(6, 500_000, 600_000)))).isEmpty();
    }

    @Test
    void band_edges_belong_to_the_upper_band_and_shares_round_half_up_to_the_fen() {
        assertThat(aid(member(7, 100_000, 0))).isEqualTo(20_000);           // 1,000.00 x 20%
        assertThat(aid(member(8, 499_999, 0))).isEqualTo(100_000);          // 4,999.99 x 20% = 999.998 -> 1,000.00
        assertThat(aid(member(9, 500_000, 0))).isEqualTo(150_000);          // 5,000.00 x 30%
        assertThat(aid(member(10, 100_003, 0))).isEqualTo(20_001);          // 1,000.03 x 20% = 200.006 -> 200.01
        assertThat(aid(member(11, 123_457, 0))).isEqualTo(24_691);          // 1,234.57 x 20% = 246.914 -> 246.91
    }

    @Test
    void extra_bands_add_for_each_group_and_the_member_cap_holds() {
        // 10,000.00 remaining, hardship: 3,000.00 + 500.00
        assertThat(aid(member(12, 1_200_000, 200_000, AidGroup.HARDSHIP))).isEqualTo(350_000);
        // 26,000.00 remaining, major illness: 5,000.00 + 2,600.00 capped at 1,000.00 = 6,000.00
        assertThat(aid(member(13, 3_000_000, 400_000, AidGroup.MAJOR_ILLNESS))).isEqualTo(600_000);
        // the same in hardship too: 6,500.00 -> the member cap of 6,000.00
        AidRule.Line line = rule(100_000_000).apply(List.of(member(14, 3_000_000, 400_000, AidGroup.HARDSHIP,
                AidGroup.MAJOR_ILLNESS))).get(0);
        assertThat(line.aidFen()).isEqualTo(600_000);
        assertThat(line.working()).extracting(AidWorking.Step::code).containsExactly("REMAINING", "BAND", "FIXED",
                "BAND", "FIXED", "BAND", "SHARE", "CAPPED", "MEMBER_CAP", "AID");
        // a model worker with no extra band of their own gets the base only
        assertThat(aid(member(15, 1_500_000, 133_333, AidGroup.MODEL_WORKER))).isEqualTo(300_000);
    }

    @Test
    void the_working_shows_each_figure_in_yuan() {
        AidRule.Line line = rule(100_000_000).apply(List.of(member(16, 1_500_000, 133_333))).get(0);
        assertThat(AidWorking.format(line.working())).isEqualTo(
                "REMAINING|15000.00|1333.33|13666.67;BAND|BASE|5000.00|20000.00;SHARE|13666.67|30|4100.00;"
                        + "CAPPED|3000.00;AID|3000.00");
        assertThat(AidWorking.parse(AidWorking.format(line.working()))).isEqualTo(line.working());
    }

    @Test
    void overlapping_bands_and_empty_scales_are_refused() {
        assertThatThrownBy(() -> new AidRule(List.of(new AidBand(0, 200L, 100, 0, null),
                new AidBand(100, null, 100, 0, null)), Map.of(), null, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AidRule(List.of(), Map.of(), null, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AidBand(0, null, 100, 20, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bands_are_stored_as_text_and_read_back_the_same() {
        assertThat(BandText.parse(BandText.format(BASE))).isEqualTo(BASE);
        assertThat(BandText.parse("")).isEmpty();
    }
}
