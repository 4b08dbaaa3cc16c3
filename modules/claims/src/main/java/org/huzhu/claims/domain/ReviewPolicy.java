package org.huzhu.claims.domain;

/** Which claims go to a person even when every check passes: a random share, and every claim above an amount. */
public record ReviewPolicy(int reviewPercent, long reviewAboveFen) {

    public ReviewPolicy {
        if (reviewPercent < 0 || reviewPercent > 100) {
            throw new IllegalArgumentException("reviewPercent: must be 0 to 100, not " + reviewPercent);
        }
    }
}
