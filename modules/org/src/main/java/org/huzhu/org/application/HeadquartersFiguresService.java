package org.huzhu.org.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.huzhu.org.api.HeadquartersFigures;
import org.huzhu.org.api.OrgUnitKind;
import org.huzhu.org.api.OrgUnitStatus;
import org.huzhu.org.api.TenantFigures;
import org.huzhu.tenancy.api.HeadquartersReader;

/**
 * Members and org units per tenant, read through the platform's single cross-tenant path. Units count once
 * active: pending and rejected registrations are not (yet) unions.
 */
@ApplicationScoped
public class HeadquartersFiguresService implements HeadquartersFigures {

    @Inject
    HeadquartersReader reader;

    @Override
    public List<TenantFigures> perTenant() {
        return reader.readEachTenant(this::countsOf).stream()
                .map(r -> new TenantFigures(r.tenant(), r.value()[0], r.value()[1], r.value()[2]))
                .toList();
    }

    private long[] countsOf(EntityManager em) {
        long members = em.createQuery("select count(m) from Member m", Long.class).getSingleResult();
        return new long[] {members, countUnits(em, OrgUnitKind.GRASSROOTS_UNION), countUnits(em, OrgUnitKind.AGENCY_OFFICE)};
    }

    private static long countUnits(EntityManager em, OrgUnitKind kind) {
        return em.createQuery("select count(u) from OrgUnit u where u.kind = :kind and u.status = :active", Long.class)
                .setParameter("kind", kind).setParameter("active", OrgUnitStatus.ACTIVE).getSingleResult();
    }
}
