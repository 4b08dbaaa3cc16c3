package org.huzhu.microloans.api;

/** When a product's interest subsidy is settled with the borrower. */
public enum SubsidySettlement {
    /** Every calendar quarter, for the instalments that fell due in it (the bank's quarterly interest statement). */
    QUARTERLY,
    /** Once, after the loan is repaid in full, for the whole term. */
    AT_PAYOFF
}
