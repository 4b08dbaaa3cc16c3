package org.huzhu.plans.domain;

import org.huzhu.kernel.money.Money;

/** A kind of benefit a plan version pays. Each values a claim's facts and explains every step. */
public sealed interface Benefit permits FixedSumBenefit, AccidentTierBenefit, DailyAllowanceBenefit,
        ReimbursementBenefit {

    String code();

    Text name();

    Money value(ClaimFacts facts, Valuation valuation);
}
