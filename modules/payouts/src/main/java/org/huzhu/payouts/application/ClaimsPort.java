package org.huzhu.payouts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.huzhu.claims.api.PayableClaims;

/**
 * The claims module's side of a run. Looked up when used rather than injected, so the platform deploys (and
 * every other module works) while the claims module has no implementation of {@link PayableClaims} yet.
 */
@ApplicationScoped
public class ClaimsPort {

    @Inject
    Instance<PayableClaims> claims;

    public PayableClaims get() {
        if (!claims.isResolvable()) {
            throw new IllegalStateException("the claims module provides no PayableClaims: payout runs cannot work");
        }
        return claims.get();
    }
}
