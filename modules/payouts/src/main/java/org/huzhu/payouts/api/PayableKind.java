package org.huzhu.payouts.api;

/**
 * What a payment pays. Each kind has exactly one {@link PayableSource}; a payout run gathers every kind's
 * approved payables, so a member's claim benefit, secondary aid and campaign cash go out in one bank file.
 */
public enum PayableKind {
    /** A claim's approved benefit (claims module). */
    CLAIM,
    /** Secondary aid from an aid run (relief module). */
    SECONDARY_AID,
    /** A condolence item's payment (relief module). */
    CONDOLENCE,
    /** A relief-fund grant the committee decided (relief module). */
    RELIEF_GRANT,
    /** A loan's interest subsidy for one settlement period (microloans module). */
    LOAN_SUBSIDY,
    /** Cash handed out by a distribution campaign (campaigns module). */
    CAMPAIGN_CASH
}
