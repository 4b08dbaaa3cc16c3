package org.huzhu.microloans.api;

/** How a loan is repaid: the schedule is computed exactly in fen for each. */
public enum RepaymentMethod {
    /** Equal monthly instalments (等额本息). */
    EQUAL_INSTALMENTS,
    /** Equal principal each month, interest on what is left (等额本金). */
    EQUAL_PRINCIPAL,
    /** Interest monthly, the principal at the end (按月付息、到期还本). */
    INTEREST_MONTHLY_PRINCIPAL_AT_END
}
