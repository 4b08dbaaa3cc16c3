package org.huzhu.relief.domain;

import java.util.List;

/**
 * The relief fund's formula (救助公式), pure, proposing the amount the committee then decides.
 * <ul>
 * <li>Major illness (one of the tenant's illness categories): help starts at 3,000 yuan of self-paid cost after
 * every other aid; of what lies above, 50% up to 20,000 yuan, 60% from 20,000 to 50,000 yuan, 70% above 50,000
 * yuan; at most 50,000 yuan.</li>
 * <li>Accident or disaster: 5,000 yuan, plus a share of the loss by the family's means (20% below the minimum-living
 * line per head, 10% below twice it, 5% above), at most 10,000 yuan.</li>
 * </ul>
 * Proposals are whole yuan, rounded down: a formula never proposes a fen more than its rule gives.
 */
public final class ReliefFormula {

    public static final long THRESHOLD_FEN = 300_000;
    public static final long ILLNESS_CAP_FEN = 5_000_000;
    public static final long ACCIDENT_BASE_FEN = 500_000;
    public static final long ACCIDENT_CAP_FEN = 1_000_000;

    /** Tiers of the self-paid amount: from, to (exclusive, -1: no end), percent. */
    private static final List<long[]> ILLNESS_TIERS = List.of(new long[] {THRESHOLD_FEN, 2_000_000, 50},
            new long[] {2_000_000, 5_000_000, 60}, new long[] {5_000_000, -1, 70});

    private ReliefFormula() {
    }

    /** Major illness: from the self-paid amount after every other aid. */
    public static long majorIllness(long selfPaidAfterOtherAidFen) {
        long fen = 0;
        for (long[] tier : ILLNESS_TIERS) {
            long top = tier[1] < 0 ? selfPaidAfterOtherAidFen : Math.min(selfPaidAfterOtherAidFen, tier[1]);
            if (top > tier[0]) {
                fen += (top - tier[0]) * tier[2] / 100;
            }
        }
        return wholeYuan(Math.min(fen, ILLNESS_CAP_FEN));
    }

    /** Accident or disaster: from the loss and the family's income per head a month against the living line. */
    public static long accident(long lossFen, long incomePerHeadMonthFen, long minimumLivingFen) {
        int percent = incomePerHeadMonthFen < minimumLivingFen ? 20
                : incomePerHeadMonthFen < 2 * minimumLivingFen ? 10 : 5;
        long fen = ACCIDENT_BASE_FEN + Math.max(0, lossFen) * percent / 100;
        return wholeYuan(Math.min(fen, ACCIDENT_CAP_FEN));
    }

    private static long wholeYuan(long fen) {
        return fen / 100 * 100;
    }
}
