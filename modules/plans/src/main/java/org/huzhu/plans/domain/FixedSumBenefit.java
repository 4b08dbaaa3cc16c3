package org.huzhu.plans.domain;

import java.util.Map;
import org.huzhu.kernel.money.Money;

/** A fixed sum per unit when a covered disease is diagnosed, at most {@code maxPaymentsPerTerm} times a term. */
public record FixedSumBenefit(String code, Text name, Money perUnit, Map<String, Disease> catalogue,
                              int maxPaymentsPerTerm) implements Benefit {

    public FixedSumBenefit {
        catalogue = Map.copyOf(catalogue);
    }

    @Override
    public Money value(ClaimFacts facts, Valuation v) {
        Disease disease = facts.diseaseCode() == null ? null : catalogue.get(facts.diseaseCode());
        if (disease == null) {
            return v.reject(ReasonCode.DISEASE_NOT_COVERED, Text.of("所患疾病不在本计划病种目录内（共" + catalogue.size() + "种）",
                    "the disease is not in this plan's catalogue of " + catalogue.size()), Money.ZERO);
        }
        if (v.countInTerm(code) >= maxPaymentsPerTerm) {
            return v.reject(ReasonCode.COUNT_LIMIT, Text.of("本保障期内已给付" + maxPaymentsPerTerm + "次",
                    "already paid " + maxPaymentsPerTerm + " time(s) this term"), Money.ZERO);
        }
        Money amount = perUnit.times(v.units());
        return v.step("fixed-sum", Text.of(disease.name().zh() + "：每份" + perUnit + "元 × " + v.units() + "份",
                disease.name().en() + ": " + perUnit + " per unit x " + v.units()), Money.ZERO, amount);
    }
}
