package org.huzhu.microloans.api;

/**
 * Where a loan application stands: filed -> field investigation recorded -> guaranteed -> approved by the bank
 * -> disbursed (a loan). Withdrawn, rejected and guarantee declined end it.
 */
public enum ApplicationStatus {
    FILED, INVESTIGATED, GUARANTEED, BANK_APPROVED, DISBURSED, WITHDRAWN, REJECTED, GUARANTEE_DECLINED;

    public boolean isOpen() {
        return this != DISBURSED && this != WITHDRAWN && this != REJECTED && this != GUARANTEE_DECLINED;
    }
}
