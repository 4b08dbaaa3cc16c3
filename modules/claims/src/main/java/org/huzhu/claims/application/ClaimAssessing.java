package org.huzhu.claims.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.huzhu.claims.api.AuditEntry;
import org.huzhu.claims.api.ClaimStatus;
import org.huzhu.claims.domain.ApprovalLimits;
import org.huzhu.claims.domain.Assessment;
import org.huzhu.claims.domain.Claim;
import org.huzhu.claims.domain.ClaimAssessor;
import org.huzhu.claims.domain.ClaimDocument;
import org.huzhu.claims.domain.ClaimFiling;
import org.huzhu.claims.domain.ClaimPhrases;
import org.huzhu.claims.domain.ClaimReceipt;
import org.huzhu.claims.domain.CoverInForce;
import org.huzhu.claims.domain.ReviewLevel;
import org.huzhu.claims.domain.ReviewPolicy;
import org.huzhu.claims.domain.Valuation;
import org.huzhu.org.api.MemberView;
import org.huzhu.plans.api.PlanCatalog;
import org.huzhu.plans.api.PlanQuotes;
import org.huzhu.plans.api.PlanView;
import org.huzhu.plans.api.QuoteRequest;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.TenantEntityManager;

/**
 * Runs the automatic checks on a claim and stores their outcome: finds the cover, asks the plan's eligibility,
 * looks for its receipts in other claims, values it with the engine, lists missing documents and draws the
 * review sample. A claim that goes on holds its receipts; a rejected one lets them go.
 */
@ApplicationScoped
public class ClaimAssessing {

    private static final ClaimAssessor ASSESSOR = new ClaimAssessor();

    @Inject
    TenantEntityManager entityManager;

    @Inject
    ClaimValuer valuer;

    @Inject
    ClaimPolicies policies;

    @Inject
    PlanDocuments plans;

    @Inject
    AuditTrail audit;

    @Inject
    PlanCatalog catalog;

    public void assess(Claim claim, MemberView member, String actor) {
        ClaimStatus before = claim.status();
        CoverInForce cover = valuer.coverOn(claim.memberId(), claim.planCode(), claim.eventDate()).orElse(null);
        List<ClaimDocument> documents = documents(claim.id());
        Checked checked = check(claim.facts(), member, cover, duplicateReceipt(claim, documents),
                missing(claim.planCode(), documents), cover == null ? List.of() : valuer.priors(cover.enrolmentId(),
                        claim.id()), catalog.snapshot(), policies.review(), policies.limits(),
                documents.stream().map(ClaimDocument::implausible).filter(Objects::nonNull).toList());
        checked.applyTo(claim);
        if (claim.status() == ClaimStatus.REJECTED) {
            release(claim.id());
        } else {
            hold(claim, documents);
        }
        audit.record(assessedLine(claim.id(), claim, actor, before));
    }

    /** The outcome of the checks, the review level it goes to and the engine's explanation. */
    public record Checked(CoverInForce cover, Assessment assessment, ReviewLevel level, String explanationJson) {

        public void applyTo(Claim claim) {
            claim.assessed(cover, assessment, level, explanationJson);
        }
    }

    /**
     * The automatic checks on a claim's facts, whether one claim is filed or a settlement file brings thousands:
     * the plan's eligibility for the member, the engine's valuation (against the snapshot, with the earlier
     * payments under the enrolment), the assessor's verdict and the level a review goes to.
     *
     * @throws IllegalArgumentException naming the facts when the engine misses one the benefit needs
     */
    public static Checked check(ClaimFiling facts, MemberView member, CoverInForce cover, String duplicate,
                                List<String> missingDocuments, List<QuoteRequest.Prior> priors, PlanQuotes plans,
                                ReviewPolicy review, ApprovalLimits limits) {
        return check(facts, member, cover, duplicate, missingDocuments, priors, plans, review, limits, List.of());
    }

    /** The same, with why documents do not look like receipts ({@code doubtful}: the claim goes to a person). */
    public static Checked check(ClaimFiling facts, MemberView member, CoverInForce cover, String duplicate,
                                List<String> missingDocuments, List<QuoteRequest.Prior> priors, PlanQuotes plans,
                                ReviewPolicy review, ApprovalLimits limits, List<String> doubtful) {
        String refusal = cover == null ? null : plans.enrolmentRules().claimRefusal(facts.planCode(),
                member.gender(), member.status(), cover.termStart())
                .map(r -> ClaimPhrases.of("ELIG_" + r.code(), r.params().toArray())).orElse(null);
        ClaimValuer.Result valued = cover == null || cover.coverStart() == null ? null
                : ClaimValuer.value(facts, cover, priors, plans);
        if (valued != null && "MISSING_FACT".equals(valued.valuation().reason())) {
            // the engine says which fact in both languages: each language's text takes its own parameter
            throw Refused.badInput("facts", "claims.refused.missingFact", valued.last().zh(), valued.last().en());
        }
        Valuation valuation = valued == null ? new Valuation(0, null, null) : valued.valuation();
        Assessment a = ASSESSOR.assess(new ClaimAssessor.Input(cover, refusal, duplicate, valuation, missingDocuments,
                review, ThreadLocalRandom.current().nextInt(100), doubtful));
        return new Checked(cover, a, limits.levelFor(a.assessedFen(), facts.agencyId() != null),
                valued == null ? null : valued.explanationJson());
    }

    /** The audit line of a claim's checks. */
    public static AuditTrail.Line assessedLine(long claimId, Claim claim, String actor, ClaimStatus before) {
        return new AuditTrail.Line(AuditEntry.CLAIM, claimId, "ASSESSED", actor, before.name(),
                claim.status().name(), null, claim.assessedFen(), claim.reasonCode() == null
                ? ClaimPhrases.of(ClaimPhrases.AUTO_APPROVED) : ClaimPhrases.of(ClaimPhrases.OUTCOME, claim.reasonCode()));
    }

    /**
     * The one audit line of a claim made by a bulk import: filed and checked in the same transaction, so FILED and
     * ASSESSED would say nothing the one line does not, and at a million claims the second line was a sixth of the
     * import's time.
     */
    public static AuditTrail.Line importedLine(long claimId, Claim claim, String actor) {
        return new AuditTrail.Line(AuditEntry.CLAIM, claimId, "IMPORTED", actor, null, claim.status().name(), null,
                claim.assessedFen(), ClaimPhrases.of(ClaimPhrases.IMPORTED, claim.channel(), claim.sourceRef(),
                claim.dueDate(), claim.reasonCode()));
    }

    /** The audit line of a claim's filing. */
    public static AuditTrail.Line filedLine(long claimId, Claim claim, String actor) {
        return new AuditTrail.Line(AuditEntry.CLAIM, claimId, "FILED", actor, null,
                ClaimStatus.WAITING_DOCUMENTS.name(), null, null, ClaimPhrases.of(ClaimPhrases.FILED, claim.channel(),
                claim.planCode(), claim.benefitCode(), claim.eventDate(), claim.dueDate()));
    }

    public List<ClaimDocument> documents(long claimId) {
        return entityManager.get().createQuery("select d from ClaimDocument d where d.claimId = :claim order by d.id",
                ClaimDocument.class).setParameter("claim", claimId).getResultList();
    }

    /** The codes of the documents the plan requires that the claim does not have yet. */
    public List<String> missing(String planCode, List<ClaimDocument> documents) {
        Set<String> have = documents.stream().map(ClaimDocument::type).collect(Collectors.toSet());
        return plans.required(planCode).stream().filter(d -> !have.contains(d.code())).map(PlanView.ClaimDocumentView::code)
                .toList();
    }

    private String duplicateReceipt(Claim claim, List<ClaimDocument> documents) {
        List<String> keys = new ArrayList<>(documents.stream().map(d -> ClaimReceipt.CHECKSUM + ":" + d.sha256()).toList());
        if (claim.invoiceNo() != null) {
            keys.add(ClaimReceipt.INVOICE + ":" + claim.invoiceNo());
        }
        if (keys.isEmpty()) {
            return null;
        }
        return entityManager.get().createQuery("select r from ClaimReceipt r where concat(r.kind, ':', r.key) in :keys "
                        + "and r.claimId <> :self", ClaimReceipt.class)
                .setParameter("keys", keys).setParameter("self", claim.id()).getResultStream().findFirst()
                .map(r -> ClaimPhrases.of(ClaimReceipt.INVOICE.equals(r.kind()) ? ClaimPhrases.INVOICE_USED
                        : ClaimPhrases.FILE_USED, r.claimId())).orElse(null);
    }

    private void hold(Claim claim, List<ClaimDocument> documents) {
        Set<String> held = entityManager.get().createQuery("select concat(r.kind, ':', r.key) from ClaimReceipt r "
                + "where r.claimId = :claim", String.class).setParameter("claim", claim.id()).getResultStream()
                .collect(Collectors.toSet());
        List<ClaimReceipt> receipts = new ArrayList<>();
        documents.forEach(d -> receipts.add(new ClaimReceipt(ClaimReceipt.CHECKSUM, d.sha256(), claim.id())));
        if (claim.invoiceNo() != null) {
            receipts.add(new ClaimReceipt(ClaimReceipt.INVOICE, claim.invoiceNo(), claim.id()));
        }
        receipts.stream().filter(r -> held.add(r.kind() + ":" + r.key())).forEach(entityManager.get()::persist);
        try {
            entityManager.get().flush();
        } catch (jakarta.persistence.PersistenceException e) {
            // Another claim took the same receipt between the check and now: the unique key refused it.
            throw Refused.conflict("claims.refused.receiptJustUsed");
        }
    }

    public void release(long claimId) {
        entityManager.get().createQuery("delete from ClaimReceipt r where r.claimId = :claim")
                .setParameter("claim", claimId).executeUpdate();
    }
}
