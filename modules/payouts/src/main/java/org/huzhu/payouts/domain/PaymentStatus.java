package org.huzhu.payouts.domain;

/** A payment waits for the bank (PENDING), then is PAID or FAILED (the claim goes back to the clerk). */
public enum PaymentStatus {
    PENDING, PAID, FAILED
}
