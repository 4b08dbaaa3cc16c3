package org.huzhu.kernel.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The rounding rules money code names instead of repeating {@link RoundingMode}s: a plan rule says
 * "to the fen, half up" or "whole yuan, dropping the fen", and the code should read the same way.
 */
public final class Rounding {

    /** Shares and percentages of a benefit: to the fen, half up (0.005 yuan becomes 0.01). */
    public static final RoundingMode TO_FEN = RoundingMode.HALF_UP;

    private static final BigDecimal FEN_PER_YUAN = BigDecimal.valueOf(100);

    private Rounding() {
    }

    /** Drops the fen towards zero: amounts paid in whole yuan never exceed the computed one. */
    public static Money downToYuan(Money amount) {
        return toWholeYuan(amount, RoundingMode.DOWN);
    }

    /** Rounds to whole yuan, half up (away from zero for negative amounts, as BigDecimal does). */
    public static Money halfUpToYuan(Money amount) {
        return toWholeYuan(amount, RoundingMode.HALF_UP);
    }

    public static Money toWholeYuan(Money amount, RoundingMode mode) {
        long yuan = BigDecimal.valueOf(amount.fen()).divide(FEN_PER_YUAN, 0, mode).longValueExact();
        return Money.ofFen(Math.multiplyExact(yuan, 100L));
    }
}
