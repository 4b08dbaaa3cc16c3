package org.huzhu.claims.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.huzhu.claims.api.ClaimStatus;
import org.junit.jupiter.api.Test;

/** Each automatic check with its reason code, and where the claim goes. */
class ClaimAssessorTest {

    private static final LocalDate TERM = LocalDate.of(2026, 1, 1);
    private static final CoverInForce PAID = new CoverInForce(7, 1, 2, TERM, TERM.plusYears(1).minusDays(1), TERM);
    private static final CoverInForce UNPAID = new CoverInForce(7, 1, 2, TERM, TERM.plusYears(1).minusDays(1), null);
    private static final ReviewPolicy POLICY = new ReviewPolicy(5, 2_000_000);
    private static final Valuation PAYS_3000 = new Valuation(300_000, null, "pays");
    private final ClaimAssessor assessor = new ClaimAssessor();

    private Assessment assess(CoverInForce cover, String refusal, String duplicate, Valuation v, List<String> missing,
                              int draw) {
        return assessor.assess(new ClaimAssessor.Input(cover, refusal, duplicate, v, missing, POLICY, draw));
    }

    private Assessment clean(Valuation v, int draw) {
        return assess(PAID, null, null, v, List.of(), draw);
    }

    @Test
    void no_enrolment_on_the_event_date_rejects() {
        Assessment a = assess(null, null, null, new Valuation(0, null, null), List.of(), 99);
        assertThat(a.status()).isEqualTo(ClaimStatus.REJECTED);
        assertThat(a.reasonCode()).isEqualTo("NO_ENROLMENT");
        assertThat(a.reasonMessage()).isEqualTo("NOT_ENROLLED");
    }

    @Test
    void an_unpaid_enrolment_rejects() {
        Assessment a = assess(UNPAID, null, null, PAYS_3000, List.of(), 99);
        assertThat(a.reasonCode()).isEqualTo("NOT_PAID");
        assertThat(a.status()).isEqualTo(ClaimStatus.REJECTED);
        assertThat(a.checks()).extracting(Check::code).containsExactly("NO_ENROLMENT", "NOT_PAID");
    }

    @Test
    void eligibility_refused_rejects_with_the_plans_reason() {
        Assessment a = assess(PAID, "ELIG_GENDER|FEMALE", null, PAYS_3000, List.of(), 99);
        assertThat(a.reasonCode()).isEqualTo("NOT_ELIGIBLE");
        assertThat(a.reasonMessage()).isEqualTo("ELIG_GENDER|FEMALE");
    }

    @Test
    void a_receipt_used_by_another_claim_rejects() {
        Assessment a = assess(PAID, null, "INVOICE_USED|12", PAYS_3000, List.of(), 99);
        assertThat(a.reasonCode()).isEqualTo("DUPLICATE_RECEIPT");
        assertThat(a.status()).isEqualTo(ClaimStatus.REJECTED);
        assertThat(a.assessedFen()).isZero();
    }

    @Test
    void the_engines_reason_codes_pass_through() {
        for (String engine : List.of("WAITING_PERIOD", "DISEASE_NOT_COVERED", "COUNT_LIMIT", "CAP_REACHED",
                "NOT_COVERED_ON_DATE", "NO_SUCH_BENEFIT")) {
            Assessment a = clean(new Valuation(0, engine, "engine says why"), 99);
            assertThat(a.status()).as(engine).isEqualTo(ClaimStatus.REJECTED);
            assertThat(a.reasonCode()).isEqualTo(engine);
            assertThat(a.reasonMessage()).isEqualTo("ENGINE_RULE");
        }
    }

    @Test
    void nothing_payable_by_rule_rejects() {
        Assessment a = clean(new Valuation(0, null, "below the deductible"), 99);
        assertThat(a.reasonCode()).isEqualTo("NOTHING_PAYABLE");
    }

    @Test
    void a_missing_document_makes_the_claim_wait_with_the_amount_known() {
        Assessment a = assess(PAID, null, null, PAYS_3000, List.of("invoice"), 99);
        assertThat(a.status()).isEqualTo(ClaimStatus.WAITING_DOCUMENTS);
        assertThat(a.reasonCode()).isEqualTo("DOCUMENTS_MISSING");
        assertThat(a.reasonMessage()).isEqualTo("DOCS_MISSING|invoice");
        assertThat(a.assessedFen()).isEqualTo(300_000);
    }

    @Test
    void above_the_review_line_goes_to_a_person() {
        Assessment a = clean(new Valuation(2_000_001, null, "pays"), 99);
        assertThat(a.status()).isEqualTo(ClaimStatus.IN_REVIEW);
        assertThat(a.reasonCode()).isEqualTo("REVIEW_AMOUNT");
        assertThat(clean(new Valuation(2_000_000, null, "pays"), 99).status()).isEqualTo(ClaimStatus.APPROVED);
    }

    @Test
    void the_random_share_goes_to_a_person() {
        assertThat(clean(PAYS_3000, 4).reasonCode()).isEqualTo("REVIEW_SAMPLE");
        assertThat(clean(PAYS_3000, 4).status()).isEqualTo(ClaimStatus.IN_REVIEW);
        assertThat(clean(PAYS_3000, 5).status()).isEqualTo(ClaimStatus.APPROVED);
        assertThat(assessor.assess(new ClaimAssessor.Input(PAID, null, null, PAYS_3000, List.of(),
                new ReviewPolicy(0, 2_000_000), 0)).status()).isEqualTo(ClaimStatus.APPROVED);
    }

    @Test
    void a_document_that_is_no_real_receipt_sends_an_otherwise_clean_claim_to_a_person() {
        Assessment a = assessor.assess(new ClaimAssessor.Input(PAID, null, null, PAYS_3000, List.of(),
                new ReviewPolicy(0, 2_000_000), 99, List.of("DOC_SMALL|invoice.pdf|40")));

        assertThat(a.status()).isEqualTo(ClaimStatus.IN_REVIEW);
        assertThat(a.reasonCode()).isEqualTo("DOCUMENT_IMPLAUSIBLE");
        assertThat(a.reasonMessage()).isEqualTo("DOUBTFUL|DOC_SMALL¦invoice.pdf¦40");
        assertThat(a.assessedFen()).isEqualTo(300_000);
    }

    @Test
    void a_clean_claim_is_approved_for_the_assessed_amount_with_every_check_passed() {
        Assessment a = clean(PAYS_3000, 50);
        assertThat(a.status()).isEqualTo(ClaimStatus.APPROVED);
        assertThat(a.assessedFen()).isEqualTo(300_000);
        assertThat(a.reasonCode()).isNull();
        assertThat(a.checks()).allMatch(c -> c.outcome() == Check.Outcome.PASS);
        assertThat(a.checks()).extracting(Check::code).contains("NO_ENROLMENT", "NOT_PAID", "NOT_ELIGIBLE",
                "DUPLICATE_RECEIPT", "VALUATION", "DOCUMENTS_MISSING");
    }

    @Test
    void checks_survive_their_stored_form() {
        Check check = Check.review("REVIEW_SAMPLE", "随机抽中 | drawn\nfor review");
        Check back = Check.parse(check.line());
        assertThat(back.code()).isEqualTo("REVIEW_SAMPLE");
        assertThat(back.outcome()).isEqualTo(Check.Outcome.REVIEW);
        assertThat(back.message()).isEqualTo("随机抽中 | drawn for review");
    }
}
