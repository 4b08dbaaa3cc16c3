package org.huzhu.relief.domain;

import java.util.Optional;
import org.huzhu.relief.api.HardshipCategory;

/**
 * A tenant's hardship lines and the category they give a household. Union rules: income per head = (household
 * disposable income - fixed costs) / 12 / household size; deep hardship below the minimum-living line (低保),
 * relative hardship below twice it, and hardship from illness or accident when the year's costs pass a share of
 * the household's income (80% in one city's rule). Pure: no database, no clock.
 *
 * @param minimumLivingFen    the local minimum-living line, per head a month, in fen
 * @param illnessSharePercent the share of household income that illness or accident costs must pass
 */
public record HardshipLines(long minimumLivingFen, int illnessSharePercent) {

    /** Beijing's 2025 minimum-living line (1,470 yuan a month) and the 80% rule, when a tenant sets none. */
    public static final HardshipLines DEFAULTS = new HardshipLines(147_000, 80);

    public HardshipLines {
        if (minimumLivingFen <= 0 || illnessSharePercent < 1 || illnessSharePercent > 1_000) {
            throw new IllegalArgumentException("a positive line and a share of 1..1000%");
        }
    }

    /**
     * Income per head a month in fen, rounded down (a household is not lifted over a line by a rounded fen);
     * costs above the income give 0.
     */
    public static long incomePerHeadMonth(long householdIncomeFen, long fixedCostsFen, int householdSize) {
        if (householdSize < 1) {
            throw new IllegalArgumentException("a household has at least its member");
        }
        long disposable = Math.max(0, householdIncomeFen - fixedCostsFen);
        return disposable / 12 / householdSize;
    }

    /** The category, the lowest line first; empty when the household is in none (not in hardship). */
    public Optional<HardshipCategory> categorize(long householdIncomeFen, long fixedCostsFen, long illnessCostsFen,
                                                 int householdSize) {
        long perHead = incomePerHeadMonth(householdIncomeFen, fixedCostsFen, householdSize);
        if (perHead < minimumLivingFen) {
            return Optional.of(HardshipCategory.DEEP);
        }
        if (perHead < 2 * minimumLivingFen) {
            return Optional.of(HardshipCategory.RELATIVE);
        }
        // costs pass the share: costs x 100 > income x share, in whole fen (no rounding at all)
        if (illnessCostsFen * 100 > householdIncomeFen * illnessSharePercent) {
            return Optional.of(HardshipCategory.ACCIDENT_OR_ILLNESS);
        }
        return Optional.empty();
    }
}
