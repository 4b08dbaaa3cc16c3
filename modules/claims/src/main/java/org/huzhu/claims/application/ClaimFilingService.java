package org.huzhu.claims.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.huzhu.claims.api.AuditEntry;
import org.huzhu.claims.api.ClaimStatus;
import org.huzhu.claims.api.ClaimsFiled;
import org.huzhu.claims.api.DocumentUpload;
import org.huzhu.claims.api.NewClaim;
import org.huzhu.claims.domain.Claim;
import org.huzhu.claims.domain.ClaimDocument;
import org.huzhu.claims.domain.ClaimFiling;
import org.huzhu.claims.domain.ClaimForm;
import org.huzhu.claims.domain.ClaimPhrases;
import org.huzhu.claims.domain.DocumentRules;
import org.huzhu.claims.infrastructure.DocumentInspector;
import org.huzhu.kernel.pii.PersonalDataProtector;
import org.huzhu.org.api.MemberPlacement;
import org.huzhu.org.api.MemberView;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.RetriedOnConflict;
import org.huzhu.tenancy.api.TenantCalendar;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.api.TenantEntityManager;

/**
 * Files claims and their documents. The claim, its documents, the checks' outcome and the audit lines are
 * written in one transaction: a claim refused for its form leaves nothing behind. The due date counts the
 * plan's SLA in the tenant's working days from the day of filing. A filing the database refuses for a conflict
 * (two filings adding to one day's figures: a deadlock, or Galera's certification) is filed again whole.
 */
@ApplicationScoped
@RetriedOnConflict
public class ClaimFilingService {

    @Inject
    TenantContext context;

    /** Observed synchronously in this transaction by read models (reporting). */
    @Inject
    Event<ClaimsFiled> filed;

    @Inject
    TenantEntityManager entityManager;

    @Inject
    ClaimAccess access;

    @Inject
    MemberPlacement placement;

    @Inject
    PlanDocuments plans;

    @Inject
    TenantCalendar calendar;

    @Inject
    ClaimAssessing assessing;

    @Inject
    AuditTrail audit;

    @Inject
    PersonalDataProtector protector;

    @Inject
    ClaimPolicies policies;

    @Transactional
    public Claim file(NewClaim request, List<DocumentUpload> uploads) {
        MemberView member = access.member(request.memberId());
        String actor = access.caller().username();
        MemberPlacement.Placement place = placement.of(member.id()).orElseThrow();
        LocalDateTime now = LocalDateTime.now();
        ClaimFiling filing = ClaimForm.read(request, new ClaimForm.Filer(member.name(), place.orgPath(),
                place.agencyId(), access.isMember() ? "MEMBER" : "CLERK", null, actor), now.toLocalDate());
        plans.requireBenefit(filing.planCode(), filing.benefitCode());
        ClaimForm.requirePlausible(filing, plans.firstTermStart(filing.planCode()), now.toLocalDate());
        LocalDate due = calendar.calendar().addWorkingDays(now.toLocalDate(),
                plans.slaDays(filing.planCode(), filing.eventDate()));
        Claim claim = new Claim(filing, now, due);
        entityManager.get().persist(claim);
        entityManager.get().flush();
        audit.record(ClaimAssessing.filedLine(claim.id(), claim, actor));
        filed.fire(new ClaimsFiled(context.tenant(), List.of(ClaimViews.filedLine(claim))));
        uploads.forEach(u -> store(claim, u, actor));
        assessing.assess(claim, member, actor);
        return claim;
    }

    @Transactional
    public Claim addDocument(long claimId, DocumentUpload upload) {
        Claim claim = access.require(claimId);
        if (claim.status() != ClaimStatus.WAITING_DOCUMENTS && claim.status() != ClaimStatus.IN_REVIEW) {
            throw Refused.conflict("claims.refused.noMoreDocuments", String.valueOf(claimId));
        }
        String actor = access.caller().username();
        store(claim, upload, actor);
        if (claim.status() == ClaimStatus.WAITING_DOCUMENTS) {
            assessing.assess(claim, access.member(claim.memberId()), actor);
        }
        return claim;
    }

    private void store(Claim claim, DocumentUpload upload, String actor) {
        String type = upload.type() == null || upload.type().isBlank() ? "other" : upload.type().strip();
        String name = upload.fileName() == null || upload.fileName().isBlank() ? type : upload.fileName().strip();
        String contentType = DocumentRules.contentType(name, upload.content());
        String sha = DocumentRules.sha256(upload.content());
        ClaimDocument document = new ClaimDocument(claim.id(), type, name, contentType, upload.content().length, sha,
                protector.encryptBytes(upload.content()), actor, LocalDateTime.now());
        document.doubted(policies.documents().doubt(name, contentType,
                DocumentInspector.inspect(contentType, upload.content())));
        entityManager.get().persist(document);
        entityManager.get().flush();
        audit.record(new AuditTrail.Line(AuditEntry.CLAIM, claim.id(), "DOCUMENT_ADDED", actor, claim.status().name(),
                claim.status().name(), null, null, ClaimPhrases.of(ClaimPhrases.DOCUMENT, type, name, sha)));
    }

    public byte[] content(ClaimDocument document) {
        return protector.decryptBytes(document.contentCipher());
    }
}
