package org.huzhu.org.api;

import java.util.List;
import java.util.Optional;

/** The current tenant's org tree, limited to the caller's subtree. */
public interface OrgTree {

    /** Every unit the caller may see, parents before children. */
    List<OrgUnitView> visibleUnits();

    Optional<OrgUnitView> find(long orgUnitId);
}
