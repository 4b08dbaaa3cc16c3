package org.huzhu.org.api;

import java.util.List;
import java.util.Optional;

/** The current tenant's org tree, limited to the caller's subtree. */
public interface OrgTree {

    /** Every unit the caller may see, parents before children, whatever its status. */
    List<OrgUnitView> visibleUnits();

    /** The units the caller may see that take part in enrolment: pending and rejected registrations left out. */
    default List<OrgUnitView> activeUnits() {
        return visibleUnits().stream().filter(OrgUnitView::isActive).toList();
    }

    Optional<OrgUnitView> find(long orgUnitId);

    /**
     * Every unit's name by its code, in the whole tenant whatever the caller's subtree: a unit's name is no secret
     * in its office, and texts that name units by code (a plan's eligibility) show the name instead.
     */
    java.util.Map<String, String> namesByCode();
}
