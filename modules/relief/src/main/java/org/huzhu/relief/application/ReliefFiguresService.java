package org.huzhu.relief.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.huzhu.org.api.EnrollingUnions;
import org.huzhu.relief.api.ReliefFigureQueries;
import org.huzhu.relief.api.ReliefFigures;
import org.huzhu.tenancy.api.HeadquartersReader;
import org.huzhu.tenancy.api.TenantEntityManager;

/** Relief in figures: the office's year (with its agency offices), and every city's for headquarters. */
@ApplicationScoped
public class ReliefFiguresService implements ReliefFigureQueries {

    @Inject
    TenantEntityManager entityManager;

    @Inject
    EnrollingUnions unions;

    @Inject
    HeadquartersReader headquarters;

    @Override
    public ReliefFigures figures(int year) {
        Map<Long, String> agencies = unions.agencyOffices();
        return new ReliefFigureReader(entityManager.get()).figures(year, path -> agencyOf(path, agencies));
    }

    /** Every active city's figures side by side (the reader refuses anyone but headquarters). */
    @Override
    public List<ReliefFigures.City> headquarters(int year) {
        return headquarters.readEachTenant(em -> new ReliefFigureReader(em).figures(year, null)).stream()
                .map(t -> new ReliefFigures.City(t.tenant().id().value(), t.tenant().nameZh(), t.tenant().nameEn(),
                        t.value())).toList();
    }

    /** The agency office on a member's org path ("/root/agency/union/"), or "" for a union under the office. */
    static String agencyOf(String orgPath, Map<Long, String> agencies) {
        return Arrays.stream(orgPath == null ? new String[0] : orgPath.split("/")).filter(s -> !s.isEmpty())
                .map(Long::valueOf).filter(agencies::containsKey).findFirst().map(agencies::get).orElse("");
    }
}
