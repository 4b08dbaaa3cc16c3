package org.huzhu.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The figures of one period as the issue names them: person-enrolments, new members, aided person-times and
 * amounts, fees collected, claims filed, the share of claims paid by the due date and within 10 working days, and
 * the direct-to-card rate. Counts and fen only; shares are worked out when shown, from the counts.
 */
public record Indicators(Map<Figure, Amount> figures) {

    /** How many, and how much in fen. */
    public record Amount(long count, long fen) {
        public static final Amount ZERO = new Amount(0, 0);

        public Amount plus(Amount other) {
            return new Amount(Math.addExact(count, other.count), Math.addExact(fen, other.fen));
        }

        public Amount minus(Amount other) {
            return new Amount(Math.subtractExact(count, other.count), Math.subtractExact(fen, other.fen));
        }
    }

    public Indicators {
        EnumMap<Figure, Amount> all = new EnumMap<>(Figure.class);
        for (Figure f : Figure.values()) {
            all.put(f, figures.getOrDefault(f, Amount.ZERO));
        }
        figures = Collections.unmodifiableMap(all);
    }

    public static Indicators none() {
        return new Indicators(Map.of());
    }

    public Amount of(Figure figure) {
        return figures.get(figure);
    }

    public Indicators plus(Figure figure, Amount amount) {
        return new Sum().add(this).add(figure, amount).total();
    }

    public Indicators plus(Indicators other) {
        return new Sum().add(this).add(other).total();
    }

    /**
     * Adds up many amounts in one map, made into indicators once at the end: an {@code Indicators} per addition
     * (a map copied each time) was most of the time headquarters' dashboard took on the server (300 cities'
     * read-model rows, async-profiler).
     */
    public static final class Sum {
        private final EnumMap<Figure, Amount> figures = new EnumMap<>(Figure.class);

        public Sum add(Figure figure, Amount amount) {
            figures.merge(figure, amount, Amount::plus);
            return this;
        }

        public Sum add(Indicators indicators) {
            indicators.figures().forEach(this::add);
            return this;
        }

        public Indicators total() {
            return new Indicators(figures);
        }
    }

    /** Growth on another period: this one's counts and amounts less the other's. */
    public Indicators minus(Indicators other) {
        EnumMap<Figure, Amount> growth = new EnumMap<>(Figure.class);
        for (Figure f : Figure.values()) {
            growth.put(f, of(f).minus(other.of(f)));
        }
        return new Indicators(growth);
    }

    /** Share of paid claims paid by their due date, in percent (null when none was paid). */
    public BigDecimal paidByDuePercent() {
        return percent(of(Figure.CLAIMS_PAID_BY_DUE).count(), of(Figure.CLAIMS_PAID).count());
    }

    public BigDecimal paidInTenDaysPercent() {
        return percent(of(Figure.CLAIMS_PAID_IN_10_DAYS).count(), of(Figure.CLAIMS_PAID).count());
    }

    /** Payments the bank made to the card among those it settled, in percent (null when none was settled). */
    public BigDecimal directToCardPercent() {
        long paid = of(Figure.PAYMENTS_PAID).count();
        return percent(paid, paid + of(Figure.PAYMENTS_FAILED).count());
    }

    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
