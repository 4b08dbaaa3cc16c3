package org.huzhu.microloans.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A reference rate's history (e.g. the one-year LPR): each published rate with the day it takes effect. Kept
 * whole, because a borrower's rate set against the reference follows it, and a subsidy settled later for an
 * earlier quarter must use the rate that was in force then.
 */
public final class ReferenceRates {

    /** One published rate, in percent a year (3.45 = 3.45%). */
    public record Published(LocalDate effectiveFrom, BigDecimal percent) {
        public Published {
            if (effectiveFrom == null || percent == null || percent.signum() < 0) {
                throw new IllegalArgumentException("a published rate has a day and a rate of at least 0");
            }
        }
    }

    private static final ReferenceRates NONE = new ReferenceRates(List.of());
    private final NavigableMap<LocalDate, BigDecimal> byDay = new TreeMap<>();

    private ReferenceRates(List<Published> rates) {
        for (Published rate : rates) {
            if (byDay.put(rate.effectiveFrom(), rate.percent()) != null) {
                throw new IllegalArgumentException("two rates take effect on " + rate.effectiveFrom());
            }
        }
    }

    public static ReferenceRates of(List<Published> rates) {
        return new ReferenceRates(rates);
    }

    /** No reference rate: only fixed borrower rates can be used with it. */
    public static ReferenceRates none() {
        return NONE;
    }

    /** The rate in force on {@code day}: the latest published on or before it. */
    public BigDecimal inForceOn(LocalDate day) {
        var entry = byDay.floorEntry(day);
        if (entry == null) {
            throw new IllegalStateException("no reference rate in force on " + day);
        }
        return entry.getValue();
    }

    public List<Published> history() {
        List<Published> list = new ArrayList<>();
        byDay.forEach((day, pct) -> list.add(new Published(day, pct)));
        list.sort(Comparator.comparing(Published::effectiveFrom));
        return list;
    }
}
