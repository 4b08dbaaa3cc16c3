package org.huzhu.claims.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.huzhu.claims.api.ClaimQueueItem;
import org.huzhu.claims.api.ClaimView;
import org.huzhu.claims.api.DocumentType;
import org.huzhu.claims.domain.Claim;
import org.huzhu.claims.domain.ClaimDocument;
import org.huzhu.kernel.money.Money;
import org.huzhu.plans.api.PlanView;

/** Claims as the API and the portal show them. */
@ApplicationScoped
public class ClaimViews {

    @Inject
    ClaimAssessing assessing;

    @Inject
    PlanDocuments plans;

    @Inject
    ClaimTexts texts;

    public ClaimView of(Claim c) {
        List<ClaimDocument> documents = assessing.documents(c.id());
        java.util.Set<String> have = documents.stream().map(ClaimDocument::type).collect(java.util.stream.Collectors.toSet());
        List<DocumentType> missing = plans.required(c.planCode()).stream().filter(d -> !have.contains(d.code()))
                .map(ClaimViews::type).toList();
        ClaimTexts.Both reason = texts.both(c.reasonMessage());
        return new ClaimView(c.id(), c.memberId(), c.memberName(), c.planCode(), plans.name(c.planCode()),
                c.benefitCode(), c.channel(), c.eventDate().toString(), new ClaimView.Facts(c.diseaseCode(),
                c.disabilityGrade(), c.death(), text(c.admission()), text(c.discharge()), yuan(c.selfPaidFen()),
                c.invoiceNo()), c.status(), c.reviewLevel() == null ? null : c.reviewLevel().name(), c.reasonCode(),
                reason.zh(), reason.en(), c.checkList().stream().map(k -> check(k.code(), k.outcome().name(),
                texts.both(k.message()))).toList(), yuan(c.assessedFen()), yuan(c.approvedFen()), ClaimValuer.steps(c.explanation()),
                c.filedBy(), c.filedOn().toString(), c.dueDate().toString(), overdue(c), c.escalated(),
                c.proposedBy() == null ? null : new ClaimView.Proposal(c.proposedBy(), c.proposedOutcome(),
                yuan(c.proposedFen()), c.proposedNote()), documents.stream().map(d -> new ClaimView.DocumentView(d.id(),
                d.type(), d.fileName(), d.contentType(), d.size(), d.sha256())).toList(), missing, c.payoutRunId(),
                text(c.paidOn()), c.paymentFailure());
    }

    private static ClaimView.CheckView check(String code, String outcome, ClaimTexts.Both message) {
        return new ClaimView.CheckView(code, outcome, message.zh(), message.en());
    }

    public static ClaimQueueItem item(Claim c) {
        Long amount = c.approvedFen() != null ? c.approvedFen() : c.proposedFen() != null ? c.proposedFen() : c.assessedFen();
        return new ClaimQueueItem(c.id(), c.memberName(), c.planCode(), c.benefitCode(), c.status(),
                c.reviewLevel() == null ? null : c.reviewLevel().name(), yuan(amount), c.filedOn().toString(),
                c.dueDate().toString(), overdue(c), c.escalated(), c.proposedBy());
    }

    /** The claim as read models count it (reporting). */
    static org.huzhu.claims.api.ClaimsFiled.Line filedLine(Claim c) {
        return new org.huzhu.claims.api.ClaimsFiled.Line(c.filedOn(), c.planCode(), c.agencyId());
    }

    static boolean overdue(Claim c) {
        return c.status().open() && c.dueDate().isBefore(LocalDate.now());
    }

    private static DocumentType type(PlanView.ClaimDocumentView d) {
        return new DocumentType(d.code(), d.zh(), d.en());
    }

    static String yuan(Long fen) {
        return fen == null ? null : Money.ofFen(fen).toString();
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
