package org.huzhu.microloans.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The rate the borrower pays (percent a year); the bank's rate above it is the subsidised part. Either a fixed
 * rate (e.g. 2.15%) or a margin below a reference rate (e.g. LPR - 150 bp), read from the reference rate's
 * history on the first day of each instalment's period. Never below 0, never above the bank's rate (then
 * nothing is subsidised).
 */
public sealed interface BorrowerRate {

    /** The rate before the bounds: callers use {@link #percentOn}. */
    BigDecimal rawPercentOn(LocalDate day, ReferenceRates reference);

    default BigDecimal percentOn(LocalDate day, ReferenceRates reference, BigDecimal bankPercent) {
        BigDecimal raw = rawPercentOn(day, reference);
        return raw.max(BigDecimal.ZERO).min(bankPercent);
    }

    /** A fixed rate for the whole term. */
    record Fixed(BigDecimal percent) implements BorrowerRate {
        public Fixed {
            if (percent == null || percent.signum() < 0) {
                throw new IllegalArgumentException("a fixed borrower rate is at least 0");
            }
        }

        @Override
        public BigDecimal rawPercentOn(LocalDate day, ReferenceRates reference) {
            return percent;
        }
    }

    /** The reference rate less a margin in basis points (150 bp = 1.50 percentage points). */
    record BelowReference(int marginBp) implements BorrowerRate {
        private static final BigDecimal BP_PER_PERCENT = BigDecimal.valueOf(100);

        public BelowReference {
            if (marginBp < 0) {
                throw new IllegalArgumentException("a margin below the reference is at least 0 bp");
            }
        }

        @Override
        public BigDecimal rawPercentOn(LocalDate day, ReferenceRates reference) {
            return reference.inForceOn(day).subtract(BigDecimal.valueOf(marginBp).divide(BP_PER_PERCENT));
        }
    }
}
