package org.huzhu.org.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.huzhu.kernel.identity.Gender;
import org.huzhu.org.api.EnrollingUnion;
import org.huzhu.org.api.EnrollingUnions;
import org.huzhu.org.api.OrgUnitKind;
import org.huzhu.org.api.OrgUnitView;
import org.huzhu.org.domain.OrgUnit;
import org.huzhu.tenancy.api.TenantEntityManager;

/** Grassroots unions for enrolment, with their lineage read along the materialized path. */
@ApplicationScoped
public class EnrollingUnionService implements EnrollingUnions {

    @Inject
    TenantEntityManager entityManager;

    @Inject
    CallerSubtree subtree;

    @Override
    public List<EnrollingUnion> mine() {
        List<OrgUnitView> units = entityManager.get()
                .createQuery("select u from OrgUnit u where u.path like :subtree and u.kind = :kind order by u.code",
                        OrgUnit.class)
                .setParameter("subtree", subtree.likePattern()).setParameter("kind", OrgUnitKind.GRASSROOTS_UNION)
                .getResultList().stream().map(OrgUnit::toView).filter(OrgUnitView::isActive).toList();
        Map<Long, OrgUnitView> upper = upperUnits();
        return units.stream().map(u -> of(u, upper)).toList();
    }

    @Override
    public Optional<EnrollingUnion> find(long unionId) {
        OrgUnit unit = entityManager.get().find(OrgUnit.class, unionId);
        if (unit == null || !subtree.covers(unit.path()) || unit.toView().kind() != OrgUnitKind.GRASSROOTS_UNION
                || !unit.toView().isActive()) {
            return Optional.empty();
        }
        return Optional.of(of(unit.toView(), upperUnits()));
    }

    @Override
    public long members(long unionId, Gender gender) {
        Optional<EnrollingUnion> union = find(unionId);
        if (union.isEmpty()) {
            return 0;
        }
        // by path, not org_unit_id: the path leads the member index (a member's path is its union's)
        return entityManager.get().createQuery("select count(m) from Member m where m.orgPath = :path "
                        + "and m.gender = :gender", Long.class).setParameter("path", union.get().path())
                .setParameter("gender", gender == Gender.FEMALE ? "F" : "M").getSingleResult();
    }

    @Override
    public Map<Long, String> agencyOffices() {
        Map<Long, String> names = new LinkedHashMap<>();
        upperUnits().values().stream().filter(u -> u.kind() == OrgUnitKind.AGENCY_OFFICE)
                .forEach(u -> names.put(u.id(), u.name()));
        return names;
    }

    /** The city office and agency offices: a few dozen rows per tenant. */
    private Map<Long, OrgUnitView> upperUnits() {
        Map<Long, OrgUnitView> byId = new LinkedHashMap<>();
        entityManager.get().createQuery("select u from OrgUnit u where u.kind <> :kind order by u.code", OrgUnit.class)
                .setParameter("kind", OrgUnitKind.GRASSROOTS_UNION).getResultList()
                .forEach(u -> byId.put(u.id(), u.toView()));
        return byId;
    }

    private static EnrollingUnion of(OrgUnitView union, Map<Long, OrgUnitView> upper) {
        List<OrgUnitView> lineage = Arrays.stream(union.path().split("/")).filter(s -> !s.isEmpty())
                .map(Long::valueOf).map(upper::get).filter(u -> u != null).toList();
        OrgUnitView agency = lineage.stream().filter(u -> u.kind() == OrgUnitKind.AGENCY_OFFICE).findFirst().orElse(null);
        List<String> codes = new java.util.ArrayList<>(lineage.stream().map(OrgUnitView::code).toList());
        codes.add(union.code());
        return new EnrollingUnion(union.id(), union.code(), union.name(), union.path(),
                union.headcount() == null ? 0 : union.headcount(), agency == null ? null : agency.id(),
                agency == null ? null : agency.name(), List.copyOf(codes));
    }
}
