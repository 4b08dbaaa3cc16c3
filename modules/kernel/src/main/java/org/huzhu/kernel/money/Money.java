package org.huzhu.kernel.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * An exact amount of yuan, held as a whole number of fen. Arithmetic that can leave fractions of a fen
 * (shares, percentages) takes an explicit rounding mode; overflow throws instead of wrapping.
 */
public final class Money implements Comparable<Money> {

    public static final Money ZERO = new Money(0);
    private static final BigDecimal FEN_PER_YUAN = BigDecimal.valueOf(100);

    private final long fen;

    private Money(long fen) {
        this.fen = fen;
    }

    public static Money ofFen(long fen) {
        return fen == 0 ? ZERO : new Money(fen);
    }

    /** Parses a yuan amount such as {@code "1234.50"}; more than two decimals is refused, not rounded. */
    public static Money ofYuan(String yuan) {
        if (yuan == null || yuan.isBlank()) {
            throw new IllegalArgumentException("an amount is required");
        }
        try {
            return ofYuan(new BigDecimal(yuan.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an amount: '" + yuan + "'", e);
        }
    }

    public static Money ofYuan(BigDecimal yuan) {
        if (yuan.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("an amount has at most two decimals (fen): " + yuan.toPlainString());
        }
        return ofFen(yuan.multiply(FEN_PER_YUAN).longValueExact());
    }

    public long fen() {
        return fen;
    }

    public BigDecimal toYuan() {
        return BigDecimal.valueOf(fen, 2);
    }

    public Money plus(Money other) {
        return ofFen(Math.addExact(fen, other.fen));
    }

    public Money minus(Money other) {
        return ofFen(Math.subtractExact(fen, other.fen));
    }

    /** This amount times a factor (a share, a number of days), rounded to the fen as the rule says. */
    public Money times(BigDecimal factor, RoundingMode rounding) {
        return ofFen(BigDecimal.valueOf(fen).multiply(factor).setScale(0, rounding).longValueExact());
    }

    public Money times(long count) {
        return ofFen(Math.multiplyExact(fen, count));
    }

    /** {@code pct} percent of this amount, e.g. {@code percent(new BigDecimal("85"), HALF_UP)}. */
    public Money percent(BigDecimal pct, RoundingMode rounding) {
        return ofFen(BigDecimal.valueOf(fen).multiply(pct).divide(FEN_PER_YUAN, 0, rounding).longValueExact());
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public boolean isNegative() {
        return fen < 0;
    }

    public boolean isZero() {
        return fen == 0;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(fen, other.fen);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && m.fen == fen;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(fen);
    }

    /** Plain yuan with two decimals, e.g. {@code 1234.50}. */
    @Override
    public String toString() {
        return toYuan().toPlainString();
    }

    /** For people: {@code ¥1,234.50}. */
    public String format(Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return (fen < 0 ? "-¥" : "¥") + format.format(toYuan().abs());
    }
}
