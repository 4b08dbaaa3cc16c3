package org.huzhu.microloans.api;

/** A disbursed loan: being repaid, or repaid in full. */
public enum LoanStatus { ACTIVE, REPAID }
