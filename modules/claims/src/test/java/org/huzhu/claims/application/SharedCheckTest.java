package org.huzhu.claims.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.huzhu.claims.api.ClaimStatus;
import org.huzhu.claims.domain.ApprovalLimits;
import org.huzhu.claims.domain.Claim;
import org.huzhu.claims.domain.ClaimFiling;
import org.huzhu.claims.domain.CoverInForce;
import org.huzhu.claims.domain.ReviewLevel;
import org.huzhu.claims.domain.ReviewPolicy;
import org.huzhu.kernel.identity.Gender;
import org.huzhu.kernel.money.Money;
import org.huzhu.org.api.MemberView;
import org.huzhu.plans.api.EnrolmentRules;
import org.huzhu.plans.api.PlanFileText;
import org.huzhu.plans.api.PlanQuotes;
import org.huzhu.plans.api.QuoteRequest;
import org.huzhu.plans.api.QuoteResult;
import org.junit.jupiter.api.Test;

/**
 * The checks a settlement chunk runs on each line, the same as a filed claim: where each claim goes, the
 * mapping of the facts to the engine's request, and the payments of earlier claims (also those made earlier in
 * the same chunk) passed on for the caps.
 */
class SharedCheckTest {

    private static final LocalDate TERM = LocalDate.of(2026, 1, 1);
    private static final CoverInForce COVER = new CoverInForce(7, 1, 1, TERM, TERM.plusYears(1).minusDays(1), TERM);
    private static final MemberView MEMBER = new MemberView(3, "张三", Gender.MALE, 46,
            "1101**********0012", null, null, 9, "ACTIVE", false, TERM);
    private static final ReviewPolicy NO_SAMPLE = new ReviewPolicy(0, 2_000_000);
    private static final String PLAN = """
            code: secondary-reimbursement
            name: { zh: 二次报销, en: Secondary reimbursement }
            feeBased: false
            versions:
              - version: 1
                effectiveFrom: 2012-01-01
                fee: { perUnit: "0.00", minUnits: 1, maxUnits: 1 }
                waitingPeriodDays: 0
                claimSlaWorkingDays: 10
                benefits:
                  - code: secondary
                    kind: reimbursement
                    name: { zh: 二次报销, en: Secondary reimbursement }
                    deductible: "200.00"
                    bands:
                      - { from: "0.00", percent: 50 }
                    perClaimCap: "20000.00"
                    yearlyCap: "50000.00"
            """;

    /** An engine stand-in: half of the self-paid amount above 200 yuan, less what earlier claims were paid. */
    private static final class HalfAboveDeductible implements PlanQuotes {
        final List<QuoteRequest> requests = new ArrayList<>();
        private final EnrolmentRules rules = EnrolmentRules.of(List.of(new PlanFileText("secondary-reimbursement",
                "secondary-reimbursement.yaml", PLAN)));

        @Override
        public QuoteResult quote(String planCode, QuoteRequest request) {
            requests.add(request);
            if (request.selfPaid() == null) {
                return new QuoteResult(planCode, 1, "0.00", "MISSING_FACT", List.of(new QuoteResult.StepView("facts",
                        "缺少自付金额", "self-paid amount missing", "0.00", "0.00")));
            }
            long fen = Math.max(0, (Money.ofYuan(request.selfPaid()).fen() - 20_000) / 2);
            for (QuoteRequest.Prior p : request.priorPayments()) {
                fen = Math.max(0, fen - Money.ofYuan(p.amount()).fen());
            }
            return new QuoteResult(planCode, 1, Money.ofFen(fen).toString(), null, List.of());
        }

        @Override
        public EnrolmentRules enrolmentRules() {
            return rules;
        }
    }

    private static ClaimFiling facts(String settlementNo, long selfPaidFen, Long agency) {
        return new ClaimFiling(3, "张三", "/1/2/9/", agency, "secondary-reimbursement", "secondary", "SETTLEMENT",
                settlementNo, LocalDate.of(2026, 3, 1), null, null, false, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 10), selfPaidFen, settlementNo, "beijing-claims-officer");
    }

    private static Claim checked(ClaimFiling f, CoverInForce cover, String duplicate, List<QuoteRequest.Prior> priors,
                                 PlanQuotes quotes, ReviewPolicy review) {
        Claim claim = new Claim(f, TERM.atStartOfDay().plusMonths(3), LocalDate.of(2026, 4, 15));
        ClaimAssessing.check(f, MEMBER, cover, duplicate, List.of(), priors, quotes, review, ApprovalLimits.DEFAULT)
                .applyTo(claim);
        return claim;
    }

    @Test
    void a_covered_line_is_valued_from_its_facts_and_approved_without_documents() {
        HalfAboveDeductible quotes = new HalfAboveDeductible();
        Claim claim = checked(facts("JS-0001", 520_000, null), COVER, null, List.of(), quotes, NO_SAMPLE);
        assertThat(claim.status()).isEqualTo(ClaimStatus.APPROVED);
        assertThat(claim.approvedFen()).isEqualTo(250_000);
        QuoteRequest sent = quotes.requests.get(0);
        assertThat(sent.selfPaid()).isEqualTo("5200.00");
        assertThat(sent.eventDate()).isEqualTo("2026-03-01");
        assertThat(sent.admission()).isEqualTo("2026-03-01");
        assertThat(sent.discharge()).isEqualTo("2026-03-10");
        assertThat(sent.termStart()).isEqualTo("2026-01-01");
        Object[] row = claim.values();
        assertThat(row).hasSize(Claim.COLUMNS.size());
        assertThat(row[Claim.COLUMNS.indexOf("status")]).isEqualTo("APPROVED");
        assertThat(row[Claim.COLUMNS.indexOf("approved_fen")]).isEqualTo(250_000L);
        assertThat(row[Claim.COLUMNS.indexOf("source_ref")]).isEqualTo("JS-0001");
        assertThat(row[Claim.COLUMNS.indexOf("channel")]).isEqualTo("SETTLEMENT");
        assertThat(row[Claim.COLUMNS.indexOf("decided_by")]).isEqualTo("system");
    }

    @Test
    void a_member_without_cover_is_rejected_with_no_enrolment_and_nothing_is_valued() {
        HalfAboveDeductible quotes = new HalfAboveDeductible();
        Claim claim = checked(facts("JS-0002", 520_000, null), null, null, List.of(), quotes, NO_SAMPLE);
        assertThat(claim.status()).isEqualTo(ClaimStatus.REJECTED);
        assertThat(claim.reasonCode()).isEqualTo("NO_ENROLMENT");
        assertThat(quotes.requests).isEmpty();
    }

    @Test
    void a_settlement_number_used_by_another_claim_is_a_duplicate_receipt() {
        Claim claim = checked(facts("JS-0003", 520_000, null), COVER, "结算单号已在理赔 #5 中使用 / used by claim #5",
                List.of(), new HalfAboveDeductible(), NO_SAMPLE);
        assertThat(claim.reasonCode()).isEqualTo("DUPLICATE_RECEIPT");
    }

    @Test
    void above_the_review_line_goes_to_review_at_the_level_its_amount_and_agency_allow() {
        ReviewPolicy line = new ReviewPolicy(0, 100_000);
        Claim agency = checked(facts("JS-0004", 520_000, 2L), COVER, null, List.of(), new HalfAboveDeductible(), line);
        assertThat(agency.status()).isEqualTo(ClaimStatus.IN_REVIEW);
        assertThat(agency.reasonCode()).isEqualTo("REVIEW_AMOUNT");
        assertThat(agency.reviewLevel()).isEqualTo(ReviewLevel.AGENCY);
        assertThat(agency.approvedFen()).isNull();
        Claim city = checked(facts("JS-0005", 2_020_000, 2L), COVER, null, List.of(), new HalfAboveDeductible(), line);
        assertThat(city.reviewLevel()).isEqualTo(ReviewLevel.CITY);
        Claim direct = checked(facts("JS-0006", 520_000, null), COVER, null, List.of(), new HalfAboveDeductible(), line);
        assertThat(direct.reviewLevel()).isEqualTo(ReviewLevel.CITY);
    }

    @Test
    void claims_of_one_chunk_count_against_each_other_as_prior_payments() {
        HalfAboveDeductible quotes = new HalfAboveDeductible();
        List<QuoteRequest.Prior> priors = new ArrayList<>();
        Claim first = checked(facts("JS-0007", 520_000, null), COVER, null, priors, quotes, NO_SAMPLE);
        priors.add(ClaimValuer.prior(first));
        Claim second = checked(facts("JS-0008", 620_000, null), COVER, null, priors, quotes, NO_SAMPLE);
        assertThat(quotes.requests.get(1).priorPayments()).extracting(QuoteRequest.Prior::amount)
                .containsExactly("2500.00");
        assertThat(second.approvedFen()).isEqualTo(300_000 - 250_000);
        Claim rejected = checked(facts("JS-0009", 520_000, null), null, null, List.of(), quotes, NO_SAMPLE);
        assertThat(ClaimValuer.prior(rejected)).isNull();
    }

    @Test
    void a_fact_the_engine_misses_is_refused_naming_the_facts() {
        assertThatThrownBy(() -> checked(facts("JS-0010", 0, null), COVER, null, List.of(), new PlanQuotes() {
            @Override
            public QuoteResult quote(String planCode, QuoteRequest request) {
                return new HalfAboveDeductible().quote(planCode, new QuoteRequest(request.benefitCode(),
                        request.eventDate(), 1, request.termStart(), null, null, null, false, null, null, null,
                        List.of()));
            }

            @Override
            public EnrolmentRules enrolmentRules() {
                return new HalfAboveDeductible().enrolmentRules();
            }
        }, NO_SAMPLE)).isInstanceOfSatisfying(org.huzhu.tenancy.api.Refused.class, r -> {
            assertThat(r.field()).isEqualTo("facts");
            assertThat(r.key()).isEqualTo("claims.refused.missingFact");
        });
    }
}
