package org.huzhu.enrolment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.huzhu.enrolment.api.CoverView;
import org.huzhu.enrolment.api.MemberCover;
import org.huzhu.enrolment.domain.Enrolment;
import org.huzhu.kernel.money.Money;
import org.huzhu.org.api.MemberDirectory;
import org.huzhu.org.api.MemberSelf;
import org.huzhu.plans.api.PlanCatalog;
import org.huzhu.tenancy.api.TenantEntityManager;

/** A member's enrolments, for the clerk's member page, the member portal and the member app. */
@ApplicationScoped
public class MemberCoverService implements MemberCover {

    @Inject
    TenantEntityManager entityManager;

    @Inject
    MemberDirectory members;

    @Inject
    PlanCatalog catalog;

    @Inject
    MemberSelf self;

    @Override
    public Optional<List<CoverView>> enrolments(long memberId) {
        if (members.find(memberId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(cover(memberId));
    }

    @Override
    public Optional<List<CoverView>> mine() {
        return self.me().map(me -> cover(me.id()));
    }

    @Override
    public Optional<CoverView> inForce(long memberId, String planCode, java.time.LocalDate date) {
        Map<String, String> names = catalog.enrolmentRules().planNames();
        return entityManager.get().createQuery("select e from Enrolment e where e.memberId = :member "
                        + "and e.planCode = :plan and e.termStart <= :date and e.termEnd >= :date", Enrolment.class)
                .setParameter("member", memberId).setParameter("plan", planCode).setParameter("date", date)
                .getResultStream().findFirst().map(e -> view(e, names));
    }

    @Override
    public Map<Long, List<CoverView>> inForce(java.util.Collection<Long> memberIds, String planCode,
                                             java.time.LocalDate from, java.time.LocalDate to) {
        Map<Long, List<CoverView>> covers = new java.util.HashMap<>();
        if (memberIds.isEmpty()) {
            return covers;
        }
        Map<String, String> names = catalog.enrolmentRules().planNames();
        entityManager.get().createQuery("select e.memberId, e.id, e.planCode, e.planVersion, e.units, e.feeFen, "
                        + "e.termStart, e.termEnd, e.coverStart, e.unionCode from Enrolment e where e.memberId in :members "
                        + "and e.planCode = :plan and e.termStart <= :to and e.termEnd >= :from", Object[].class)
                .setParameter("members", memberIds).setParameter("plan", planCode).setParameter("from", from)
                .setParameter("to", to).getResultList().forEach(r -> covers.computeIfAbsent((Long) r[0],
                        m -> new java.util.ArrayList<>()).add(view((Long) r[1], (String) r[2], (Integer) r[3],
                        (Integer) r[4], (Long) r[5], (java.time.LocalDate) r[6], (java.time.LocalDate) r[7],
                        (java.time.LocalDate) r[8], (String) r[9], names)));
        return covers;
    }

    private List<CoverView> cover(long memberId) {
        Map<String, String> names = catalog.enrolmentRules().planNames();
        return entityManager.get().createQuery("select e from Enrolment e where e.memberId = :member "
                        + "order by e.termStart desc, e.planCode", Enrolment.class)
                .setParameter("member", memberId).getResultList().stream().map(e -> view(e, names)).toList();
    }

    private static CoverView view(Enrolment e, Map<String, String> names) {
        return view(e.id(), e.planCode(), e.planVersion(), e.units(), e.feeFen(), e.termStart(), e.termEnd(),
                e.coverStart(), e.unionCode(), names);
    }

    /** The view from an enrolment's fields: from the entity, or selected in bulk without building entities. */
    private static CoverView view(long id, String planCode, int planVersion, int units, long feeFen,
                                  java.time.LocalDate termStart, java.time.LocalDate termEnd,
                                  java.time.LocalDate coverStart, String unionCode, Map<String, String> names) {
        return new CoverView(id, planCode, names.getOrDefault(planCode, planCode), planVersion, units,
                Money.ofFen(feeFen).toString(), termStart.toString(), termEnd.toString(), coverStart != null,
                coverStart == null ? null : coverStart.toString(), unionCode);
    }
}
