package org.huzhu.campaigns.api.distribution;

/** What each person gets: goods (with a unit cost the budget counts) or cash paid through the payout runs. */
public enum BenefitKind {
    GOODS,
    CASH
}
