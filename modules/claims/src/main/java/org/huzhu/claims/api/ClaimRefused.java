package org.huzhu.claims.api;

/** An action the claim's state or the caller's authority does not allow; the message says why, in Chinese and English. */
public class ClaimRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ClaimRefused(String message) {
        super(message);
    }
}
