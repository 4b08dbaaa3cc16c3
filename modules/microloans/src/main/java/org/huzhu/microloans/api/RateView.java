package org.huzhu.microloans.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One published value of a reference rate. */
public record RateView(String name, LocalDate effectiveFrom, BigDecimal percent) {
}
