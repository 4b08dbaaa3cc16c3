package org.huzhu.org.api;

import java.util.Optional;

/**
 * Where a member sits in the org tree now: their union's path and the agency office above it (null when the
 * union enrols directly with the city office). Not limited to the caller's subtree: callers check access first.
 */
public interface MemberPlacement {

    record Placement(String orgPath, Long agencyId) {
    }

    Optional<Placement> of(long memberId);
}
