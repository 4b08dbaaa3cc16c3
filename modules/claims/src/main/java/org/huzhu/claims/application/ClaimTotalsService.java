package org.huzhu.claims.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huzhu.claims.api.ClaimStatus;
import org.huzhu.claims.api.ClaimTotals;
import org.huzhu.tenancy.api.TenantEntityManager;

/** {@link ClaimTotals}: two grouped JPQL queries over the window, tenant-filtered like every claim query. */
@ApplicationScoped
public class ClaimTotalsService implements ClaimTotals {

    private static final List<ClaimStatus> COUNTED = List.of(ClaimStatus.APPROVED, ClaimStatus.SCHEDULED,
            ClaimStatus.PAID);
    private static final String WINDOW = " from Claim c where c.eventDate between :from and :to and c.planCode in :plans"
            + " and c.status in :counted and c.selfPaidFen is not null";

    @Inject
    TenantEntityManager entityManager;

    @Override
    public List<MemberClaimTotals> perMember(LocalDate from, LocalDate to, Set<String> planCodes) {
        if (planCodes.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<String>> diagnoses = diagnoses(from, to, planCodes);
        List<Object[]> rows = entityManager.get().createQuery("select c.memberId, min(c.memberName), min(c.orgPath), "
                        + "count(c), sum(c.selfPaidFen), sum(coalesce(c.approvedFen, 0))" + WINDOW
                        + " group by c.memberId order by c.memberId", Object[].class)
                .setParameter("from", from).setParameter("to", to).setParameter("plans", planCodes)
                .setParameter("counted", COUNTED).getResultList();
        List<MemberClaimTotals> totals = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            long member = (Long) row[0];
            totals.add(new MemberClaimTotals(member, (String) row[1], (String) row[2], ((Number) row[3]).intValue(),
                    ((Number) row[4]).longValue(), ((Number) row[5]).longValue(),
                    diagnoses.getOrDefault(member, Set.of())));
        }
        return totals;
    }

    private Map<Long, Set<String>> diagnoses(LocalDate from, LocalDate to, Set<String> planCodes) {
        Map<Long, Set<String>> diagnoses = new HashMap<>();
        entityManager.get().createQuery("select distinct c.memberId, c.diseaseCode" + WINDOW
                        + " and c.diseaseCode is not null", Object[].class)
                .setParameter("from", from).setParameter("to", to).setParameter("plans", planCodes)
                .setParameter("counted", COUNTED).getResultList()
                .forEach(r -> diagnoses.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add((String) r[1]));
        return diagnoses;
    }
}
