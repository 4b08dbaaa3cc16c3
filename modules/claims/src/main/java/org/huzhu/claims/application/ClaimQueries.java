package org.huzhu.claims.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.huzhu.claims.api.ClaimQueueItem;
import org.huzhu.claims.api.ClaimStatus;
import org.huzhu.claims.api.SlaFigures;
import org.huzhu.claims.domain.Claim;
import org.huzhu.claims.domain.ReviewLevel;
import org.huzhu.org.api.MemberDirectory;
import org.huzhu.tenancy.api.Caller;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.TenantEntityManager;

/** Lists of claims: a member's, an officer's queue by due date, and the office's SLA compliance. */
@ApplicationScoped
public class ClaimQueries {

    private static final List<ClaimStatus> OPEN = List.of(ClaimStatus.WAITING_DOCUMENTS, ClaimStatus.IN_REVIEW,
            ClaimStatus.AWAITING_CHECK, ClaimStatus.APPROVED, ClaimStatus.SCHEDULED, ClaimStatus.PAYMENT_FAILED);

    @Inject
    TenantEntityManager entityManager;

    @Inject
    ClaimAccess access;

    @Inject
    MemberDirectory members;

    public Optional<List<Claim>> ofMember(long memberId) {
        if (access.isMember()) {
            return access.selfId().filter(id -> id == memberId).map(this::claimsOf);
        }
        return members.find(memberId).map(m -> claimsOf(memberId));
    }

    public Optional<List<Claim>> mine() {
        return access.selfId().map(this::claimsOf);
    }

    private List<Claim> claimsOf(long memberId) {
        return entityManager.get().createQuery("select c from Claim c where c.memberId = :member order by c.id desc",
                Claim.class).setParameter("member", memberId).setMaxResults(500).getResultList();
    }

    /**
     * What waits for the caller, by due date: city staff see every review and check plus the claims waiting for
     * documents or a mended card; agency clerks the agency-level reviews of their subtree too; grassroots clerks
     * only what waits for documents or card details.
     */
    public List<ClaimQueueItem> queue(int limit) {
        Caller caller = access.caller();
        boolean city = caller.has(Role.CLAIMS_OFFICER) || caller.has(Role.OFFICE_ADMIN);
        List<ClaimStatus> clerkWork = List.of(ClaimStatus.WAITING_DOCUMENTS, ClaimStatus.PAYMENT_FAILED);
        String levels = city ? "" : caller.has(Role.AGENCY_CLERK)
                ? " or (c.status in :review and c.reviewLevel = :agency)" : "";
        String scope = access.scope().wholeTenant() ? "" : " and c.orgPath like :subtree";
        TypedQuery<Claim> q = entityManager.get().createQuery("select c from Claim c where (c.status in :work" + levels
                + ")" + scope + " order by c.dueDate, c.id", Claim.class);
        q.setParameter("work", city ? List.of(ClaimStatus.WAITING_DOCUMENTS, ClaimStatus.IN_REVIEW,
                ClaimStatus.AWAITING_CHECK, ClaimStatus.PAYMENT_FAILED) : clerkWork);
        if (!levels.isEmpty()) {
            q.setParameter("review", List.of(ClaimStatus.IN_REVIEW, ClaimStatus.AWAITING_CHECK))
                    .setParameter("agency", ReviewLevel.AGENCY);
        }
        if (!scope.isEmpty()) {
            q.setParameter("subtree", access.scope().likePattern());
        }
        return q.setMaxResults(Math.min(Math.max(limit, 1), 500)).getResultList().stream().map(ClaimViews::item).toList();
    }

    /** Claims filed in [from, to]: paid, paid by the due date, and still open past it today. */
    public SlaFigures sla(LocalDate from, LocalDate to) {
        String scope = access.scope().wholeTenant() ? "" : " and c.orgPath like :subtree";
        TypedQuery<Object[]> q = entityManager.get().createQuery("select "
                + "sum(case when c.status = :paid then 1 else 0 end), "
                + "sum(case when c.status = :paid and c.paidOn <= c.dueDate then 1 else 0 end), "
                + "sum(case when c.status in :open and c.dueDate < :today then 1 else 0 end) "
                + "from Claim c where c.filedOn between :from and :to" + scope, Object[].class)
                .setParameter("paid", ClaimStatus.PAID).setParameter("open", OPEN)
                .setParameter("today", LocalDate.now()).setParameter("from", from).setParameter("to", to);
        if (!scope.isEmpty()) {
            q.setParameter("subtree", access.scope().likePattern());
        }
        Object[] row = q.getSingleResult();
        long paid = count(row[0]);
        long onTime = count(row[1]);
        long overdue = count(row[2]);
        long base = paid + overdue;
        String share = base == 0 ? null : BigDecimal.valueOf(onTime * 100L).divide(BigDecimal.valueOf(base), 1,
                RoundingMode.HALF_UP).toPlainString();
        return new SlaFigures(from.toString(), to.toString(), paid, onTime, overdue, share);
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
