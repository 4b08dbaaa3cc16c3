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
     * What the checks look at; null where a fact does not exist (no cover, no refusal, no duplicate).
     * {@code doubtfulDocuments}: why documents do not look like receipts ({@link DocumentPlausibility}).
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
            return reject(checks, Check.fail(ReasonCodes.NO_ENROLMENT,
                    "出险日会员未参加本计划 / no enrolment in the plan on the event date"), 0);
        }
        checks.add(Check.pass(ReasonCodes.NO_ENROLMENT, "出险日在保障期内 / the event date is in an enrolled term"));
        if (in.cover().coverStart() == null) {
            return reject(checks, Check.fail(ReasonCodes.NOT_PAID,
                    "该参保的会费尚未缴清，保障未生效 / the enrolment's fee is not paid in full: no cover yet"), 0);
        }
        checks.add(Check.pass(ReasonCodes.NOT_PAID, "会费已缴清 / fee paid in full"));
        if (in.eligibilityRefusal() != null) {
            return reject(checks, Check.fail(ReasonCodes.NOT_ELIGIBLE, in.eligibilityRefusal()), 0);
        }
        checks.add(Check.pass(ReasonCodes.NOT_ELIGIBLE, "符合计划条件 / the member meets the plan's conditions"));
        if (in.duplicateReceipt() != null) {
            return reject(checks, Check.fail(ReasonCodes.DUPLICATE_RECEIPT, in.duplicateReceipt()), 0);
        }
        checks.add(Check.pass(ReasonCodes.DUPLICATE_RECEIPT, "票据未在其他理赔中使用 / receipts not used by another claim"));
        Valuation v = in.valuation();
        if (v.reason() != null) {
            return reject(checks, Check.fail(v.reason(), v.message()), 0);
        }
        if (v.payableFen() <= 0) {
            return reject(checks, Check.fail(ReasonCodes.NOTHING_PAYABLE,
                    "按计划规则应付金额为0 / the plan's rules pay nothing for these facts"), 0);
        }
        checks.add(Check.pass(ReasonCodes.VALUATION, "按计划规则核定 " + Money.ofFen(v.payableFen()) + " 元 / valued at "
                + Money.ofFen(v.payableFen()) + " yuan by the plan's rules"));
        return route(in, checks, v.payableFen());
    }

    private static Assessment route(Input in, List<Check> checks, long amount) {
        if (!in.missingDocuments().isEmpty()) {
            Check missing = Check.review(ReasonCodes.DOCUMENTS_MISSING, "缺少材料：" + String.join("、",
                    in.missingDocuments()) + " / documents missing: " + String.join(", ", in.missingDocuments()));
            checks.add(missing);
            return new Assessment(ClaimStatus.WAITING_DOCUMENTS, checks, missing.code(), missing.message(), amount);
        }
        checks.add(Check.pass(ReasonCodes.DOCUMENTS_MISSING, "材料齐全 / documents complete"));
        Check review = null;
        if (!in.doubtfulDocuments().isEmpty()) {
            // a PDF of a few bytes or a picture of a few pixels is no receipt to pay on without a person looking
            review = Check.review(ReasonCodes.DOCUMENT_IMPLAUSIBLE, "材料不像真实票据，须人工审核："
                    + String.join("；", in.doubtfulDocuments()));
        } else if (amount > in.policy().reviewAboveFen()) {
            review = Check.review(ReasonCodes.REVIEW_AMOUNT, "金额超过 " + Money.ofFen(in.policy().reviewAboveFen())
                    + " 元，须人工审核 / above " + Money.ofFen(in.policy().reviewAboveFen()) + " yuan: reviewed by a person");
        } else if (in.draw() < in.policy().reviewPercent()) {
            review = Check.review(ReasonCodes.REVIEW_SAMPLE, "随机抽中人工审核（抽查比例 " + in.policy().reviewPercent()
                    + "%） / drawn for review (" + in.policy().reviewPercent() + "% sample)");
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
