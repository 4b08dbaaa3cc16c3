package org.huzhu.claims.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.huzhu.claims.api.AuditEntry;
import org.huzhu.claims.api.ClaimStatus;
import org.huzhu.claims.api.Decision;
import org.huzhu.claims.domain.ApprovalLimits;
import org.huzhu.claims.domain.Claim;
import org.huzhu.claims.domain.ClaimPhrases;
import org.huzhu.claims.domain.ReviewLevel;
import org.huzhu.kernel.money.Money;
import org.huzhu.tenancy.api.AccessDeniedException;
import org.huzhu.tenancy.api.Caller;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.RetriedOnConflict;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.TenantEntityManager;

/**
 * Manual decisions under delegated authority and four eyes: an officer within their approval limit enters a
 * decision (maker), a second officer within theirs confirms it (checker). Neither may be whoever filed the
 * claim, and the checker may not be the maker. An agency clerk decides only claims at agency level. A decision
 * the database refuses for a conflict is made again whole (all it does is in the database).
 */
@ApplicationScoped
@RetriedOnConflict
public class ClaimDecisions {

    static final int ESCALATION_BATCH = 1_000;

    @Inject
    ClaimAccess access;

    @Inject
    ClaimPolicies policies;

    @Inject
    ClaimAssessing assessing;

    @Inject
    AuditTrail audit;

    @Inject
    TenantEntityManager entityManager;

    @Transactional
    public Claim propose(long claimId, Decision decision) {
        Claim claim = access.require(claimId);
        Caller caller = access.caller();
        boolean approve = outcome(decision);
        long amount = approve ? amount(decision, claim) : 0L;
        if (!approve && (decision.note() == null || decision.note().isBlank())) {
            throw Refused.badInput("note", "claims.refused.noteRequired");
        }
        requireAuthority(caller, claim, approve ? amount : claim.assessedFen());
        ClaimStatus before = claim.status();
        claim.propose(caller.username(), approve, amount, decision.note());
        audit.record(new AuditTrail.Line(AuditEntry.CLAIM, claimId, "PROPOSED_" + (approve ? "APPROVAL" : "REJECTION"),
                caller.username(), before.name(), claim.status().name(), claim.assessedFen(), amount, decision.note()));
        return claim;
    }

    @Transactional
    public Claim confirm(long claimId, boolean agree, String note) {
        Claim claim = access.require(claimId);
        Caller caller = access.caller();
        if (claim.status() != ClaimStatus.AWAITING_CHECK) {
            throw Refused.conflict("claims.refused.nothingToCheck", String.valueOf(claimId));
        }
        if (caller.username().equals(claim.proposedBy())) {
            throw Refused.conflict("claims.refused.secondPerson", claim.proposedBy());
        }
        requireAuthority(caller, claim, "APPROVE".equals(claim.proposedOutcome()) ? claim.proposedFen()
                : claim.assessedFen());
        ClaimStatus before = claim.status();
        Long proposed = claim.proposedFen();
        if (agree) {
            claim.confirm(caller.username(), LocalDateTime.now());
            if (claim.status() == ClaimStatus.REJECTED) {
                assessing.release(claimId);
            }
        } else {
            claim.sendBack();
        }
        audit.record(new AuditTrail.Line(AuditEntry.CLAIM, claimId, agree ? "CONFIRMED" : "SENT_BACK", caller.username(),
                before.name(), claim.status().name(), proposed, claim.approvedFen(), note));
        return claim;
    }

    @Transactional
    public Claim retryPayment(long claimId) {
        Claim claim = access.require(claimId);
        Caller caller = access.caller();
        if (access.isMember()) {
            throw new AccessDeniedException("the clerk puts a failed payment back on a run");
        }
        ClaimStatus before = claim.status();
        claim.retryPayment();
        audit.record(new AuditTrail.Line(AuditEntry.CLAIM, claimId, "PAYMENT_RETRY", caller.username(), before.name(),
                claim.status().name(), claim.approvedFen(), claim.approvedFen(), ClaimPhrases.of(ClaimPhrases.CARD_MENDED)));
        return claim;
    }

    /** Claims past their due date at agency level move to the city office; each move is audited. */
    @Transactional
    public int escalateOverdue(LocalDate today) {
        List<Claim> overdue = entityManager.get().createQuery("select c from Claim c where c.status in :open "
                        + "and c.dueDate < :today and c.escalated = false", Claim.class)
                .setParameter("open", List.of(ClaimStatus.WAITING_DOCUMENTS, ClaimStatus.IN_REVIEW,
                        ClaimStatus.AWAITING_CHECK)).setParameter("today", today).setMaxResults(ESCALATION_BATCH).getResultList();
        for (Claim claim : overdue) {
            ReviewLevel before = claim.reviewLevel();
            claim.escalate();
            audit.record(new AuditTrail.Line(AuditEntry.CLAIM, claim.id(), "ESCALATED", "system", claim.status().name(),
                    claim.status().name(), null, null, ClaimPhrases.of(ClaimPhrases.OVERDUE, claim.dueDate(), before,
                    claim.reviewLevel())));
        }
        return overdue.size();
    }

    private void requireAuthority(Caller caller, Claim claim, long amount) {
        ApprovalLimits limits = policies.limits();
        if (!limits.decides(caller.roles())) {
            throw AccessDeniedException.coded("claims.denied.noDecidingRole");
        }
        if (caller.username().equals(claim.filedBy())) {
            throw Refused.conflict("claims.refused.filerDecides");
        }
        boolean cityLevel = caller.has(Role.CLAIMS_OFFICER) || caller.has(Role.OFFICE_ADMIN);
        if (!cityLevel && claim.reviewLevel() != ReviewLevel.AGENCY) {
            throw Refused.conflict("claims.refused.cityDecides");
        }
        if (!limits.allows(caller.roles(), amount)) {
            throw Refused.conflict("claims.refused.aboveLimit", Money.ofFen(amount).toString());
        }
    }

    private static boolean outcome(Decision decision) {
        if ("APPROVE".equals(decision.outcome())) {
            return true;
        }
        if ("REJECT".equals(decision.outcome())) {
            return false;
        }
        throw Refused.badInput("outcome", "claims.refused.outcome");
    }

    private static long amount(Decision decision, Claim claim) {
        if (decision.amount() == null || decision.amount().isBlank()) {
            return claim.assessedFen();
        }
        long fen;
        try {
            fen = Money.ofYuan(decision.amount()).fen();
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw Refused.badInput("amount", "claims.refused.notAmount", decision.amount());
        }
        if (fen <= 0 || fen > claim.assessedFen()) {
            throw Refused.badInput("amount", "claims.refused.amountRange", Money.ofFen(claim.assessedFen()).toString());
        }
        return fen;
    }
}
