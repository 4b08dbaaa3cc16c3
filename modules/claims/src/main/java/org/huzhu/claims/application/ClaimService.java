package org.huzhu.claims.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.huzhu.claims.api.AuditEntry;
import org.huzhu.claims.api.ClaimQueueItem;
import org.huzhu.claims.api.ClaimView;
import org.huzhu.claims.api.Claims;
import org.huzhu.claims.api.Decision;
import org.huzhu.claims.api.DocumentUpload;
import org.huzhu.claims.api.NewClaim;
import org.huzhu.claims.api.SlaFigures;
import org.huzhu.claims.domain.ClaimDocument;
import org.huzhu.tenancy.api.AccessDeniedException;

/** The claims module's face to the edges: each call goes to the part that does it and answers with views. */
@ApplicationScoped
public class ClaimService implements Claims {

    @Inject
    ClaimFilingService filing;

    @Inject
    ClaimDecisions decisions;

    @Inject
    ClaimQueries queries;

    @Inject
    ClaimViews views;

    @Inject
    ClaimAccess access;

    @Inject
    ClaimAssessing assessing;

    @Inject
    AuditTrail audit;

    @Override
    public ClaimView file(NewClaim claim, List<DocumentUpload> documents) {
        return views.of(filing.file(claim, documents));
    }

    @Override
    public ClaimView addDocument(long claimId, DocumentUpload document) {
        return views.of(filing.addDocument(claimId, document));
    }

    @Override
    public Optional<ClaimView> find(long claimId) {
        return access.visible(claimId).map(views::of);
    }

    @Override
    public Optional<byte[]> documentContent(long claimId, long documentId) {
        return access.visible(claimId).flatMap(c -> assessing.documents(claimId).stream()
                .filter(d -> d.id() == documentId).findFirst()).map(filing::content);
    }

    @Override
    public Optional<List<ClaimView>> ofMember(long memberId) {
        return queries.ofMember(memberId).map(list -> list.stream().map(views::of).toList());
    }

    @Override
    public Optional<List<ClaimView>> mine() {
        return queries.mine().map(list -> list.stream().map(views::of).toList());
    }

    @Override
    public List<ClaimQueueItem> queue(int limit) {
        requireStaff();
        return queries.queue(limit);
    }

    @Override
    public ClaimView propose(long claimId, Decision decision) {
        return views.of(decisions.propose(claimId, decision));
    }

    @Override
    public ClaimView confirm(long claimId, boolean agree, String note) {
        return views.of(decisions.confirm(claimId, agree, note));
    }

    @Override
    public ClaimView retryPayment(long claimId) {
        return views.of(decisions.retryPayment(claimId));
    }

    @Override
    public int escalateOverdue() {
        return decisions.escalateOverdue(LocalDate.now());
    }

    @Override
    public SlaFigures sla(String from, String to) {
        requireStaff();
        return queries.sla(date(from, "from"), date(to, "to"));
    }

    @Override
    public List<AuditEntry> auditOf(String subject, long subjectId) {
        requireStaff();
        if (AuditEntry.CLAIM.equals(subject)) {
            access.require(subjectId);
        }
        return audit.of(subject, subjectId);
    }

    private void requireStaff() {
        if (access.isMember()) {
            throw new AccessDeniedException("queues, figures and the audit trail are for staff");
        }
    }

    private static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(field + ": '" + text + "' is not a date YYYY-MM-DD");
        }
    }

}
