package org.huzhu.relief.domain;

import java.util.List;

/**
 * A band of the member's remaining self-paid amount, from inclusive to exclusive ({@code toFen} null: no upper
 * end), giving either a fixed amount or a share of the remaining amount (rounded half up to the fen) with an
 * optional cap. Fen throughout.
 */
public record AidBand(long fromFen, Long toFen, long amountFen, int sharePercent, Long capFen) {

    public AidBand {
        if (fromFen < 0 || (toFen != null && toFen <= fromFen)) {
            throw new IllegalArgumentException("a band runs from 0 or more up to more than its start");
        }
        if ((amountFen > 0) == (sharePercent > 0) || amountFen < 0 || sharePercent < 0 || sharePercent > 100) {
            throw new IllegalArgumentException("a band gives either a fixed amount or a share of 1..100%");
        }
        if (capFen != null && capFen <= 0) {
            throw new IllegalArgumentException("a cap is positive");
        }
    }

    public boolean contains(long remainingFen) {
        return remainingFen >= fromFen && (toFen == null || remainingFen < toFen);
    }

    /** What the band gives for this remaining amount, with the steps that show it. */
    public long aid(long remainingFen, List<AidWorking.Step> steps, String group) {
        steps.add(AidWorking.step("BAND", group, AidWorking.yuan(fromFen), toFen == null ? "" : AidWorking.yuan(toFen)));
        if (amountFen > 0) {
            steps.add(AidWorking.step("FIXED", AidWorking.yuan(amountFen)));
            return amountFen;
        }
        long share = (remainingFen * sharePercent + 50) / 100;
        steps.add(AidWorking.step("SHARE", AidWorking.yuan(remainingFen), Integer.toString(sharePercent),
                AidWorking.yuan(share)));
        if (capFen != null && share > capFen) {
            steps.add(AidWorking.step("CAPPED", AidWorking.yuan(capFen)));
            return capFen;
        }
        return share;
    }

    /** The band of a scale holding this amount, if any (bands of one scale must not overlap). */
    public static java.util.Optional<AidBand> of(List<AidBand> scale, long remainingFen) {
        return scale.stream().filter(b -> b.contains(remainingFen)).findFirst();
    }

    /** Refuses overlapping bands: an amount must fall in one band of a scale at most. */
    public static void requireDisjoint(List<AidBand> scale) {
        List<AidBand> sorted = scale.stream().sorted(java.util.Comparator.comparingLong(AidBand::fromFen)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            Long previousEnd = sorted.get(i - 1).toFen();
            if (previousEnd == null || previousEnd > sorted.get(i).fromFen()) {
                throw new IllegalArgumentException("bands overlap");
            }
        }
    }
}
