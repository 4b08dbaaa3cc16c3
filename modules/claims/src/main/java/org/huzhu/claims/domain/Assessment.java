package org.huzhu.claims.domain;

import java.util.List;
import org.huzhu.claims.api.ClaimStatus;

/** The outcome of the automatic checks: where the claim goes, every check's result, and the assessed amount. */
public record Assessment(ClaimStatus status, List<Check> checks, String reasonCode, String reasonMessage,
                         long assessedFen) {

    public Assessment {
        checks = List.copyOf(checks);
    }
}
