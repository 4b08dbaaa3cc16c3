package org.huzhu.microloans.api;

/**
 * A loan's subsidy for one period: computed -> approved by a second person -> on a payout run -> paid (or the
 * payment failed, then approved again once the account is mended). Nothing owed is recorded too, with its
 * working, and goes no further.
 */
public enum SubsidyStatus { COMPUTED, NOTHING_OWED, APPROVED, SCHEDULED, PAID, PAYMENT_FAILED }
