package org.huzhu.microloans.api;

import java.math.BigDecimal;

/**
 * A product as answered: its terms, and the borrower's rate today (the reference rate in force less the margin,
 * or the fixed rate) with the subsidised points above it.
 */
public record ProductView(ProductTerms terms, boolean active, BigDecimal borrowerPercentToday,
                          BigDecimal subsidisedPercentToday) {
}
