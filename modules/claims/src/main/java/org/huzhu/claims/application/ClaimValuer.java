package org.huzhu.claims.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.huzhu.claims.api.ClaimStatus;
import org.huzhu.claims.api.ClaimView;
import org.huzhu.claims.domain.Claim;
import org.huzhu.claims.domain.CoverInForce;
import org.huzhu.claims.domain.Valuation;
import org.huzhu.enrolment.api.CoverView;
import org.huzhu.enrolment.api.MemberCover;
import org.huzhu.kernel.money.Money;
import org.huzhu.plans.api.PlanCatalog;
import org.huzhu.plans.api.QuoteRequest;
import org.huzhu.plans.api.QuoteResult;
import org.huzhu.tenancy.api.TenantEntityManager;

/**
 * Finds the enrolment in force on the event date and values the claim with the plan engine, counting what
 * earlier claims under the same enrolment were approved for (caps and count limits).
 */
@ApplicationScoped
public class ClaimValuer {

    static final Jsonb JSON = JsonbBuilder.create();
    private static final List<ClaimStatus> COUNTED = List.of(ClaimStatus.APPROVED, ClaimStatus.SCHEDULED,
            ClaimStatus.PAID, ClaimStatus.PAYMENT_FAILED, ClaimStatus.AWAITING_CHECK);

    @Inject
    MemberCover cover;

    @Inject
    PlanCatalog catalog;

    @Inject
    TenantEntityManager entityManager;

    /** The valuation and its explanation (JSON list of steps), or empty valuation when there is no cover. */
    public record Result(Valuation valuation, String explanationJson) {
    }

    public Optional<CoverInForce> coverOn(long memberId, String planCode, LocalDate eventDate) {
        return cover.inForce(memberId, planCode, eventDate).map(ClaimValuer::of);
    }

    static CoverInForce of(CoverView c) {
        return new CoverInForce(c.enrolmentId(), c.planVersion(), c.units(), LocalDate.parse(c.termStart()),
                LocalDate.parse(c.termEnd()), c.coverStart() == null ? null : LocalDate.parse(c.coverStart()));
    }

    public Result value(Claim claim, CoverInForce in) {
        QuoteResult quote = catalog.quote(claim.planCode(), new QuoteRequest(claim.benefitCode(),
                claim.eventDate().toString(), in.units(), in.termStart().toString(),
                in.coverStart() == null ? null : in.coverStart().toString(), claim.diseaseCode(),
                claim.disabilityGrade(), claim.death(), text(claim.admission()), text(claim.discharge()),
                claim.selfPaidFen() == null ? null : Money.ofFen(claim.selfPaidFen()).toString(),
                priors(claim, in.enrolmentId())));
        List<ClaimView.StepView> steps = quote.steps().stream().map(s -> new ClaimView.StepView(s.rule(), s.zh(), s.en(),
                s.before(), s.after())).toList();
        String message = steps.isEmpty() ? quote.reason() : steps.get(steps.size() - 1).zh() + " / "
                + steps.get(steps.size() - 1).en();
        return new Result(new Valuation(Money.ofYuan(quote.payable()).fen(), quote.reason(), message),
                JSON.toJson(steps));
    }

    private List<QuoteRequest.Prior> priors(Claim claim, long enrolmentId) {
        return entityManager.get().createQuery("select c from Claim c where c.enrolmentId = :enrolment "
                        + "and c.status in :counted and c.id <> :self", Claim.class)
                .setParameter("enrolment", enrolmentId).setParameter("counted", COUNTED)
                .setParameter("self", claim.id() == null ? -1L : claim.id()).getResultList().stream()
                .map(c -> new QuoteRequest.Prior(c.benefitCode(), c.eventDate().toString(),
                        Money.ofFen(amountOf(c)).toString())).toList();
    }

    private static long amountOf(Claim c) {
        if (c.approvedFen() != null) {
            return c.approvedFen();
        }
        return c.proposedFen() != null ? c.proposedFen() : 0L;
    }

    static List<ClaimView.StepView> steps(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        return List.of(JSON.fromJson(json, ClaimView.StepView[].class));
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
