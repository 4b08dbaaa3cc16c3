package org.huzhu.claims.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.huzhu.claims.api.ClaimStatus;
import org.huzhu.claims.api.ClaimView;
import org.huzhu.claims.domain.Claim;
import org.huzhu.claims.domain.ClaimFiling;
import org.huzhu.claims.domain.CoverInForce;
import org.huzhu.claims.domain.Valuation;
import org.huzhu.enrolment.api.CoverView;
import org.huzhu.enrolment.api.MemberCover;
import org.huzhu.kernel.money.Money;
import org.huzhu.plans.api.PlanQuotes;
import org.huzhu.plans.api.QuoteRequest;
import org.huzhu.plans.api.QuoteResult;
import org.huzhu.tenancy.api.TenantEntityManager;
import org.huzhu.tenancy.api.TenantSql;

/**
 * Finds the enrolment in force on the event date and values the claim with the plan engine, counting what
 * earlier claims under the same enrolment were approved for (caps and count limits).
 */
@ApplicationScoped
public class ClaimValuer {

    /** JSON-B for reading explanations back, made on first use (the server provides it). */
    private static final class Reader {
        static final Jsonb JSON = JsonbBuilder.create();
    }
    private static final List<ClaimStatus> COUNTED = List.of(ClaimStatus.APPROVED, ClaimStatus.SCHEDULED,
            ClaimStatus.PAID, ClaimStatus.PAYMENT_FAILED, ClaimStatus.AWAITING_CHECK);
    private static final java.util.Set<String> COUNTED_NAMES = COUNTED.stream().map(Enum::name)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Enrolments per read of their claims: under MariaDB's 1,000, from which an IN list becomes a join. */
    private static final int PART = 500;

    @Inject
    MemberCover cover;

    @Inject
    TenantEntityManager entityManager;

    @Inject
    TenantSql sql;

    /** The valuation and its explanation (JSON list of steps), or empty valuation when there is no cover. */
    /** The valuation, its steps as stored with the claim, and the last step (why it pays nothing, if it does not). */
    public record Result(Valuation valuation, String explanationJson, ClaimView.StepView last) {
    }

    public Optional<CoverInForce> coverOn(long memberId, String planCode, LocalDate eventDate) {
        return cover.inForce(memberId, planCode, eventDate).map(ClaimValuer::of);
    }

    static CoverInForce of(CoverView c) {
        return new CoverInForce(c.enrolmentId(), c.planVersion(), c.units(), LocalDate.parse(c.termStart()),
                LocalDate.parse(c.termEnd()), c.coverStart() == null ? null : LocalDate.parse(c.coverStart()));
    }

    /** Values the facts with the engine against a catalogue snapshot, given what earlier claims were paid. */
    public static Result value(ClaimFiling f, CoverInForce in, List<QuoteRequest.Prior> priors, PlanQuotes plans) {
        QuoteResult quote = plans.quote(f.planCode(), new QuoteRequest(f.benefitCode(), f.eventDate().toString(),
                in.units(), in.termStart().toString(), in.coverStart() == null ? null : in.coverStart().toString(),
                f.diseaseCode(), f.disabilityGrade(), f.death(), text(f.admission()), text(f.discharge()),
                f.selfPaidFen() == null ? null : Money.ofFen(f.selfPaidFen()).toString(), priors));
        List<ClaimView.StepView> steps = quote.steps().stream().map(s -> new ClaimView.StepView(s.rule(), s.zh(), s.en(),
                s.before(), s.after())).toList();
        // the check stores the engine's reason code only: the steps (kept with the claim) say how, in both languages
        return new Result(new Valuation(Money.ofYuan(quote.payable()).fen(), quote.reason(), quote.reason()),
                json(steps), steps.isEmpty() ? null : steps.get(steps.size() - 1));
    }

    /** What earlier claims under the enrolment count against its caps, the claim itself left out. */
    public List<QuoteRequest.Prior> priors(long enrolmentId, Long self) {
        return entityManager.get().createQuery("select c from Claim c where c.enrolmentId = :enrolment "
                        + "and c.status in :counted and c.id <> :self", Claim.class)
                .setParameter("enrolment", enrolmentId).setParameter("counted", COUNTED)
                .setParameter("self", self == null ? -1L : self).getResultList().stream().map(ClaimValuer::prior)
                .toList();
    }

    /**
     * The same for many enrolments in one query, by enrolment id, leaving out the claims made from these source
     * references (a chunk being written, whose claims the caller counts from memory).
     */
    public Map<Long, List<QuoteRequest.Prior>> priors(Collection<Long> enrolmentIds, Collection<String> exceptSources) {
        Map<Long, List<QuoteRequest.Prior>> priors = new HashMap<>();
        if (enrolmentIds.isEmpty()) {
            return priors;
        }
        // Native reads, the index named, of at most PART enrolments each and no other condition: while a
        // settlement file is loaded the claim table's statistics lag its growth, and for one IN list of a chunk's
        // 5,000 enrolments (which MariaDB turns into a join from 1,000 values on), or with the statuses in the same
        // condition, it read the city's every claim for each chunk (0.14 s a chunk at 200,000 claims, 0.41 s at
        // 400,000). Counted statuses are picked here.
        List<Long> ids = List.copyOf(enrolmentIds);
        for (int from = 0; from < ids.size(); from += PART) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + PART));
            sql.select("claim FORCE INDEX (ix_claim_enrolment)", "enrolment_id, status, benefit_code, event_date, "
                            + "approved_fen, proposed_fen, source_ref", "enrolment_id IN (" + TenantSql.marks(part.size())
                            + ")", "", part, ClaimValuer::counted).stream()
                    .filter(c -> c != null && (c.source() == null || !exceptSources.contains(c.source())))
                    .forEach(c -> priors.computeIfAbsent(c.enrolmentId(), e -> new ArrayList<>()).add(c.prior()));
        }
        return priors;
    }

    /** An earlier claim under an enrolment, as a prior payment, and the settlement number it was made from. */
    private record CountedClaim(long enrolmentId, QuoteRequest.Prior prior, String source) {
    }

    /** A claim row of {@link #priors(Collection, Collection)} that counts, or null. */
    private static CountedClaim counted(java.sql.ResultSet r) throws java.sql.SQLException {
        if (!COUNTED_NAMES.contains(r.getString(2))) {
            return null;
        }
        long fen = amountOf(r.getObject(5, Long.class), r.getObject(6, Long.class));
        return new CountedClaim(r.getLong(1), new QuoteRequest.Prior(r.getString(3),
                r.getObject(4, LocalDate.class).toString(), Money.ofFen(fen).toString()), r.getString(7));
    }

    /** A claim as a prior payment, or null when it does not count (not approved or proposed for approval). */
    public static QuoteRequest.Prior prior(Claim c) {
        if (!COUNTED.contains(c.status())) {
            return null;
        }
        return new QuoteRequest.Prior(c.benefitCode(), c.eventDate().toString(),
                Money.ofFen(amountOf(c.approvedFen(), c.proposedFen())).toString());
    }

    /** What a counted claim was approved for, or proposed for while the second officer has not confirmed. */
    private static long amountOf(Long approvedFen, Long proposedFen) {
        if (approvedFen != null) {
            return approvedFen;
        }
        return proposedFen != null ? proposedFen : 0L;
    }

    static List<ClaimView.StepView> steps(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        return List.of(Reader.JSON.fromJson(json, ClaimView.StepView[].class));
    }

    /**
     * The explanation as a JSON array of steps, written directly: a settlement file values a million claims,
     * and this is what JSON-B would write for the record, without its reflection per claim.
     */
    static String json(List<ClaimView.StepView> steps) {
        StringBuilder out = new StringBuilder(64 + steps.size() * 160).append('[');
        for (ClaimView.StepView s : steps) {
            out.append(out.length() == 1 ? "{" : ",{");
            field(out, "after", s.after()).append(',');
            field(out, "before", s.before()).append(',');
            field(out, "en", s.en()).append(',');
            field(out, "rule", s.rule()).append(',');
            field(out, "zh", s.zh()).append('}');
        }
        return out.append(']').toString();
    }

    private static StringBuilder field(StringBuilder out, String name, String value) {
        out.append('"').append(name).append("\":");
        if (value == null) {
            return out.append("null");
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
