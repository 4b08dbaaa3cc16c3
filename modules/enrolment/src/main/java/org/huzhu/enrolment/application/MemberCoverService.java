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

    private List<CoverView> cover(long memberId) {
        Map<String, String> names = catalog.enrolmentRules().planNames();
        return entityManager.get().createQuery("select e from Enrolment e where e.memberId = :member "
                        + "order by e.termStart desc, e.planCode", Enrolment.class)
                .setParameter("member", memberId).getResultList().stream().map(e -> view(e, names)).toList();
    }

    private static CoverView view(Enrolment e, Map<String, String> names) {
        return new CoverView(e.id(), e.planCode(), names.getOrDefault(e.planCode(), e.planCode()), e.planVersion(),
                e.units(), Money.ofFen(e.feeFen()).toString(), e.termStart().toString(), e.termEnd().toString(),
                e.coverStart() != null, e.coverStart() == null ? null : e.coverStart().toString(), e.unionCode());
    }
}
