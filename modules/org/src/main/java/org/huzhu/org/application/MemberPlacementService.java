package org.huzhu.org.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.huzhu.org.api.MemberPlacement;
import org.huzhu.org.api.OrgUnitKind;
import org.huzhu.org.domain.Member;
import org.huzhu.org.domain.OrgUnit;
import org.huzhu.tenancy.api.TenantEntityManager;

/** A member's org path and agency office, read from the registry and the tree (tenant-filtered by EclipseLink). */
@ApplicationScoped
public class MemberPlacementService implements MemberPlacement {

    @Inject
    TenantEntityManager entityManager;

    @Override
    public Optional<Placement> of(long memberId) {
        Member member = entityManager.get().find(Member.class, memberId);
        if (member == null) {
            return Optional.empty();
        }
        Long agency = null;
        for (String id : member.orgPath().split("/")) {
            OrgUnit unit = id.isEmpty() ? null : entityManager.get().find(OrgUnit.class, Long.parseLong(id));
            if (unit != null && unit.kind() == OrgUnitKind.AGENCY_OFFICE) {
                agency = unit.id();
            }
        }
        return Optional.of(new Placement(member.orgPath(), agency));
    }
}
