package org.huzhu.payouts.api;

/** An action the run's state or the four-eyes rule does not allow; the message says why, in Chinese and English. */
public class PayoutRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PayoutRefused(String message) {
        super(message);
    }
}
