package org.huzhu.claims.domain;

import java.util.ArrayList;
import java.util.List;
import org.huzhu.claims.api.ClaimStatus;
import org.huzhu.kernel.money.Money;

/**
 * The automatic checks, in the order a claims officer would run them: is there cover on the event date, is it
 * paid, may this member claim under the plan, is the receipt already used, what does the plan engine pay (its
 * waiting period, diseases, count limits and caps), are the documents complete, and does the claim go to a
 * person anyway (a random share, or an amount above the review line). The first failing check rejects the
 * claim with its reason code; missing documents make it wait; a review check sends it to an officer.
 */
public final class ClaimAssessor {

    /**
     * What the checks look at; null where a fact does not exist (no cover, no refusal, no duplicate). The
     * refusal and the duplicate are stored phrases ({@link ClaimPhrases}), {@code missingDocuments} document codes,
     * {@code doubtfulDocuments} why documents do not look like receipts, as phrases ({@link DocumentPlausibility}).
     */
    public record Input(CoverInForce cover, String eligibilityRefusal, String duplicateReceipt, Valuation valuation,
                        List<String> missingDocuments, ReviewPolicy policy, int draw, List<String> doubtfulDocuments) {

        /** Documents not looked into (a settlement line brings none). */
        public Input(CoverInForce cover, String eligibilityRefusal, String duplicateReceipt, Valuation valuation,
                     List<String> missingDocuments, ReviewPolicy policy, int draw) {
            this(cover, eligibilityRefusal, duplicateReceipt, valuation, missingDocuments, policy, draw, List.of());
        }
    }

    public Assessment assess(Input in) {
        List<Check> checks = new ArrayList<>();
        if (in.cover() == null) {
            return reject(checks, Check.fail(ReasonCodes.NO_ENROLMENT, ClaimPhrases.of(ClaimPhrases.NOT_ENROLLED)), 0);
        }
        checks.add(Check.pass(ReasonCodes.NO_ENROLMENT, ClaimPhrases.of(ClaimPhrases.ENROLLED)));
        if (in.cover().coverStart() == null) {
            return reject(checks, Check.fail(ReasonCodes.NOT_PAID, ClaimPhrases.of(ClaimPhrases.FEE_UNPAID)), 0);
        }
        checks.add(Check.pass(ReasonCodes.NOT_PAID, ClaimPhrases.of(ClaimPhrases.FEE_PAID)));
        if (in.eligibilityRefusal() != null) {
            return reject(checks, Check.fail(ReasonCodes.NOT_ELIGIBLE, in.eligibilityRefusal()), 0);
        }
        checks.add(Check.pass(ReasonCodes.NOT_ELIGIBLE, ClaimPhrases.of(ClaimPhrases.ELIGIBLE)));
        if (in.duplicateReceipt() != null) {
            return reject(checks, Check.fail(ReasonCodes.DUPLICATE_RECEIPT, in.duplicateReceipt()), 0);
        }
        checks.add(Check.pass(ReasonCodes.DUPLICATE_RECEIPT, ClaimPhrases.of(ClaimPhrases.RECEIPT_UNUSED)));
        Valuation v = in.valuation();
        if (v.reason() != null) {
            return reject(checks, Check.fail(v.reason(), ClaimPhrases.of(ClaimPhrases.ENGINE_RULE)), 0);
        }
        if (v.payableFen() <= 0) {
            return reject(checks, Check.fail(ReasonCodes.NOTHING_PAYABLE, ClaimPhrases.of(ClaimPhrases.PAYS_NOTHING)), 0);
        }
        checks.add(Check.pass(ReasonCodes.VALUATION, ClaimPhrases.of(ClaimPhrases.VALUED, Money.ofFen(v.payableFen()))));
        return route(in, checks, v.payableFen());
    }

    private static Assessment route(Input in, List<Check> checks, long amount) {
        if (!in.missingDocuments().isEmpty()) {
            Check missing = Check.review(ReasonCodes.DOCUMENTS_MISSING,
                    ClaimPhrases.of(ClaimPhrases.DOCS_MISSING, in.missingDocuments().toArray()));
            checks.add(missing);
            return new Assessment(ClaimStatus.WAITING_DOCUMENTS, checks, missing.code(), missing.message(), amount);
        }
        checks.add(Check.pass(ReasonCodes.DOCUMENTS_MISSING, ClaimPhrases.of(ClaimPhrases.DOCS_COMPLETE)));
        Check review = null;
        if (!in.doubtfulDocuments().isEmpty()) {
            // a PDF of a few bytes or a picture of a few pixels is no receipt to pay on without a person looking
            review = Check.review(ReasonCodes.DOCUMENT_IMPLAUSIBLE,
                    ClaimPhrases.nested(ClaimPhrases.DOUBTFUL, in.doubtfulDocuments()));
        } else if (amount > in.policy().reviewAboveFen()) {
            review = Check.review(ReasonCodes.REVIEW_AMOUNT,
                    ClaimPhrases.of(ClaimPhrases.ABOVE_REVIEW_LINE, Money.ofFen(in.policy().reviewAboveFen())));
        } else if (in.draw() < in.policy().reviewPercent()) {
            review = Check.review(ReasonCodes.REVIEW_SAMPLE,
                    ClaimPhrases.of(ClaimPhrases.SAMPLED, in.policy().reviewPercent()));
        }
        if (review != null) {
            checks.add(review);
            return new Assessment(ClaimStatus.IN_REVIEW, checks, review.code(), review.message(), amount);
        }
        return new Assessment(ClaimStatus.APPROVED, checks, null, null, amount);
    }

    private static Assessment reject(List<Check> checks, Check failed, long amount) {
        checks.add(failed);
        return new Assessment(ClaimStatus.REJECTED, checks, failed.code(), failed.message(), amount);
    }
}
