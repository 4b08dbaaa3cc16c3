package org.huzhu.claims.api;

import java.time.LocalDate;
import java.util.List;
import org.huzhu.kernel.tenant.TenantId;

/**
 * Claims stored by one filing or one settlement-import chunk, fired synchronously inside the transaction storing
 * them, so that a read model kept by an observer (reporting) commits or rolls back with them.
 */
public record ClaimsFiled(TenantId tenant, List<Line> lines) {

    public ClaimsFiled {
        lines = List.copyOf(lines);
    }

    /** @param agencyId the member's agency office, null when their union is under the city office directly */
    public record Line(LocalDate filedOn, String planCode, Long agencyId) {
    }
}
