package org.huzhu.microloans.domain;

import java.time.LocalDate;

/**
 * What stops a loan's subsidy besides late payment: the loan extended (展期, from {@code extendedOn}: no
 * instalment falling due on or after it is subsidised), the business stopped or the founder employed elsewhere
 * ({@code stoppedOn}: an instalment is subsidised only if its whole period ended by then), and the product's
 * limit on subsidised months ({@code subsidyMonths}: some cities stop in year 3; null for the whole term).
 */
public record SubsidyConditions(LocalDate extendedOn, LocalDate stoppedOn, Integer subsidyMonths) {

    public static final SubsidyConditions NONE = new SubsidyConditions(null, null, null);
}
