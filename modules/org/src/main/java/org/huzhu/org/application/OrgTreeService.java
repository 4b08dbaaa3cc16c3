package org.huzhu.org.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.huzhu.org.api.OrgTree;
import org.huzhu.org.api.OrgUnitView;
import org.huzhu.org.domain.OrgUnit;
import org.huzhu.tenancy.api.TenantEntityManager;

/** The org tree within the caller's subtree. A tenant has hundreds to a few thousand units: one query. */
@ApplicationScoped
public class OrgTreeService implements OrgTree {

    @Inject
    TenantEntityManager entityManager;

    @Inject
    CallerSubtree subtree;

    @Override
    public List<OrgUnitView> visibleUnits() {
        return entityManager.get()
                .createQuery("select u from OrgUnit u where u.path like :subtree order by u.path", OrgUnit.class)
                .setParameter("subtree", subtree.likePattern())
                .getResultList().stream().map(OrgUnit::toView).toList();
    }

    @Override
    public Optional<OrgUnitView> find(long orgUnitId) {
        OrgUnit unit = entityManager.get().find(OrgUnit.class, orgUnitId);
        if (unit == null || !subtree.covers(unit.path())) {
            return Optional.empty();
        }
        return Optional.of(unit.toView());
    }

    @Override
    public Map<String, String> namesByCode() {
        Map<String, String> names = new HashMap<>();
        entityManager.get().createQuery("select u.code, u.name from OrgUnit u", Object[].class).getResultList()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }
}
