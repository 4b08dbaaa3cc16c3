package org.huzhu.plans.domain;

import java.util.List;
import org.huzhu.kernel.money.Money;

/**
 * Values a claim: the cover must be in force on the event date and past its waiting period, the version
 * must have the claimed benefit, and the benefit's own rules do the rest. Pure and thread-safe.
 */
public final class BenefitEngine {

    public Evaluation evaluate(PlanVersion version, Cover cover, List<PriorPayment> history, ClaimFacts facts) {
        Valuation v = new Valuation(cover, history, version.rounding());
        if (!cover.inForceOn(facts.eventDate())) {
            v.reject(ReasonCode.NOT_COVERED_ON_DATE, Text.of("事故日" + facts.eventDate() + "不在保障期内（" + cover.coverStart()
                    + "至" + cover.termEnd() + "）", "the event date " + facts.eventDate() + " is outside cover "
                    + cover.coverStart() + " to " + cover.termEnd()), Money.ZERO);
            return v.result(Money.ZERO);
        }
        if (facts.eventDate().isBefore(cover.coverStart().plusDays(version.waitingPeriodDays()))) {
            v.reject(ReasonCode.WAITING_PERIOD, Text.of("事故日在" + version.waitingPeriodDays() + "天等待期内（"
                    + cover.coverStart().plusDays(version.waitingPeriodDays()) + "起给付）", "the event is inside the "
                    + version.waitingPeriodDays() + "-day waiting period (pays from "
                    + cover.coverStart().plusDays(version.waitingPeriodDays()) + ")"), Money.ZERO);
            return v.result(Money.ZERO);
        }
        Benefit benefit = version.benefit(facts.benefitCode()).orElse(null);
        if (benefit == null) {
            v.reject(ReasonCode.NO_SUCH_BENEFIT, Text.of("本计划版本没有该项给付", "this plan version has no benefit "
                    + facts.benefitCode()), Money.ZERO);
            return v.result(Money.ZERO);
        }
        Money payable = benefit.value(facts, v);
        if (!v.isRejected()) {
            Text rounding = rounding(version.rounding());
            v.step("payable", Text.of("应付互助金" + payable + "元（" + rounding.zh() + "）",
                    "benefit payable " + payable + " (" + rounding.en() + ")"), payable, payable);
        }
        return v.result(payable);
    }

    /** How the version rounds to the fen, said as people say it (never the Java constant's name). */
    static Text rounding(java.math.RoundingMode mode) {
        return switch (mode) {
            case HALF_UP -> Text.of("按四舍五入计到分", "rounded to the nearest fen, halves up");
            case HALF_EVEN -> Text.of("按四舍六入五成双计到分", "rounded to the nearest fen, halves to even");
            case DOWN -> Text.of("分以下舍去", "fractions of a fen dropped");
            case UP -> Text.of("分以下进一", "fractions of a fen rounded up");
            default -> Text.of("计到分", "rounded to the fen");
        };
    }
}
