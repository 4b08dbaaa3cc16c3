package org.huzhu.plans.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.huzhu.kernel.money.Money;

/**
 * Accident injury: the units taken choose a tier with a maximum benefit; death pays the maximum, a
 * disability grade pays its share of it, and all payments of a term together stay within the maximum.
 */
public record AccidentTierBenefit(String code, Text name, List<Money> tierMaxima, Map<Integer, BigDecimal> gradeShares)
        implements Benefit {

    public AccidentTierBenefit {
        tierMaxima = List.copyOf(tierMaxima);
        gradeShares = Map.copyOf(gradeShares);
    }

    @Override
    public Money value(ClaimFacts facts, Valuation v) {
        Money maximum = tierMaxima.get(Math.min(v.units(), tierMaxima.size()) - 1);
        v.step("tier", Text.of("第" + v.units() + "档，最高给付" + maximum + "元", "tier " + v.units() + ", maximum "
                + maximum), Money.ZERO, maximum);
        Money amount;
        if (facts.death()) {
            amount = v.step("death", Text.of("意外身故，按最高给付", "accidental death: the maximum"), maximum, maximum);
        } else if (facts.disabilityGrade() != null && gradeShares.containsKey(facts.disabilityGrade())) {
            BigDecimal share = gradeShares.get(facts.disabilityGrade());
            amount = v.step("disability-grade", Text.of("伤残" + facts.disabilityGrade() + "级，给付" + share.toPlainString()
                    + "%", "disability grade " + facts.disabilityGrade() + ": " + share.toPlainString() + "%"),
                    maximum, v.share(maximum, share));
        } else {
            return v.reject(ReasonCode.MISSING_FACT, Text.of("需提供伤残等级（1-10级）或身故证明",
                    "a disability grade (1-10) or death is required"), maximum);
        }
        return v.capRemaining("term-maximum", Text.of("保障期最高给付额", "term maximum"), maximum, v.paidInTerm(code),
                amount);
    }
}
