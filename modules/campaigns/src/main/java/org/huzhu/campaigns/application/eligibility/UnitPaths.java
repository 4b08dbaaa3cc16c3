package org.huzhu.campaigns.application.eligibility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.huzhu.org.api.OrgTree;
import org.huzhu.org.api.OrgUnitView;
import org.huzhu.tenancy.api.Refused;

/**
 * The org path a rule of eligibility keeps for its unit: rules compare paths (a member is in when their union's path
 * starts with it), so a unit moved later does not change whom a giveaway or event already let in.
 */
@ApplicationScoped
public class UnitPaths {

    @Inject
    OrgTree orgTree;

    /** The unit's path, null for no unit; 400 naming orgUnitId for a unit not in the caller's office. */
    public String of(Long orgUnitId) {
        if (orgUnitId == null) {
            return null;
        }
        return orgTree.find(orgUnitId).map(OrgUnitView::path)
                .orElseThrow(() -> Refused.badInput("orgUnitId", "campaigns.eligibility.refused.unknownUnit", orgUnitId));
    }
}
