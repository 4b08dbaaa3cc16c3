package org.huzhu.app.security;

import java.util.Optional;
import org.huzhu.kernel.tenant.TenantId;

/** A token's organization alias as a tenant id, or nothing when it is not a valid one. */
final class TenantIds {

    private TenantIds() {
    }

    static Optional<TenantId> parse(String alias) {
        try {
            return Optional.of(new TenantId(alias));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
