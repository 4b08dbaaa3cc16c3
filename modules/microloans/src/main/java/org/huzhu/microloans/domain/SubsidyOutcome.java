package org.huzhu.microloans.domain;

/** Why an instalment's subsidised interest is or is not paid: each is a line of the working (codes, translated). */
public enum SubsidyOutcome {
    /** Principal and interest paid in full by the due day: its subsidised interest is paid. */
    ON_TIME,
    /** Paid in full, but only after the due day. */
    LATE,
    /** Not (fully) paid: nothing now, and nothing later, since it can only be paid late. */
    UNPAID,
    /** Due on or after the loan was extended. */
    EXTENDED,
    /** Its period ended after the business stopped. */
    BUSINESS_STOPPED,
    /** Beyond the product's subsidised months. */
    BEYOND_SUBSIDY_TERM,
    /** Nothing to subsidise: the borrower's rate reached the bank's. */
    NOTHING_SUBSIDISED;

    public boolean paysSubsidy() {
        return this == ON_TIME;
    }
}
