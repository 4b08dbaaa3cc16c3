package org.huzhu.enrolment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.huzhu.enrolment.api.EnrolmentFigures;
import org.huzhu.org.api.EnrollingUnions;
import org.huzhu.plans.api.PlanCatalog;
import org.huzhu.plans.api.PlanCatalog.PlanName;
import org.huzhu.tenancy.api.AccessDeniedException;
import org.huzhu.tenancy.api.HeadquartersReader;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.api.TenantEntityManager;

/** Counts along the (tenant, term start, plan) index: a year is one index range per question. */
@ApplicationScoped
public class EnrolmentFiguresService implements EnrolmentFigures {

    static final String DIRECT = "direct";

    @Inject
    TenantContext context;

    @Inject
    TenantEntityManager entityManager;

    @Inject
    HeadquartersReader headquarters;

    @Inject
    EnrollingUnions unions;

    @Inject
    PlanCatalog catalog;

    @Override
    public Figures office(int year) {
        if (!context.requireCaller().seesWholeTenant()) {
            throw new AccessDeniedException("enrolment figures are for the city office");
        }
        EntityManager em = entityManager.get();
        Map<String, PlanName> plans = new LinkedHashMap<>();
        catalog.plans().forEach(p -> plans.put(p.code(), new PlanName(p.nameZh(), p.nameEn())));
        Map<String, PlanName> agencies = new LinkedHashMap<>();
        unions.agencyOffices().forEach((id, name) -> agencies.put(String.valueOf(id), new PlanName(name, name)));
        agencies.put(DIRECT, new PlanName("直投（直接向办事处参保）", "direct enrolment with the city office"));
        return new Figures(year, lines(em, "e.planCode", year, plans),
                lines(em, "e.agencyId", year, agencies));
    }

    @Override
    public List<TenantFigures> headquarters(int year) {
        return headquarters.readEachTenant(em -> lines(em, "e.planCode", year, catalog.namesIn(em))).stream()
                .map(t -> new TenantFigures(t.tenant().id().value(), t.tenant().nameZh(), t.tenant().nameEn(),
                        t.value())).toList();
    }

    private static List<Line> lines(EntityManager em, String by, int year, Map<String, PlanName> names) {
        Map<String, Long> now = count(em, by, year);
        Map<String, Long> before = count(em, by, year - 1);
        TreeSet<String> keys = new TreeSet<>(now.keySet());
        keys.addAll(before.keySet());
        List<Line> lines = new ArrayList<>();
        names.keySet().stream().filter(keys::contains).forEach(k -> lines.add(line(k, names, now, before)));
        keys.stream().filter(k -> !names.containsKey(k)).forEach(k -> lines.add(line(k, names, now, before)));
        return lines;
    }

    private static Line line(String key, Map<String, PlanName> names, Map<String, Long> now, Map<String, Long> before) {
        PlanName name = names.getOrDefault(key, new PlanName(key, key));
        return new Line(key, name.zh(), name.en(), now.getOrDefault(key, 0L), before.getOrDefault(key, 0L));
    }

    private static Map<String, Long> count(EntityManager em, String by, int year) {
        Map<String, Long> counts = new HashMap<>();
        em.createQuery("select " + by + ", count(e) from Enrolment e where e.termStart >= :from and e.termStart < :to "
                        + "group by " + by, Object[].class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1))
                .getResultList().forEach(row -> counts.put(row[0] == null ? DIRECT : String.valueOf(row[0]), (Long) row[1]));
        return counts;
    }
}
