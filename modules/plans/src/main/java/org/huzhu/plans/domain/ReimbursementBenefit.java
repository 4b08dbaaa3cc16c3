package org.huzhu.plans.domain;

import java.util.List;
import org.huzhu.kernel.money.Money;

/**
 * Reimbursement of self-paid medical cost (inpatient medical, or secondary reimbursement of what is left
 * after basic insurance): the amount above the deductible is paid band by band at each band's rate, within
 * a cap per claim and a cap per policy year (the cap line). Caps are per unit.
 */
public record ReimbursementBenefit(String code, Text name, Money deductible, List<Band> bands, Money perClaimCap,
                                   Money yearlyCap) implements Benefit {

    public ReimbursementBenefit {
        bands = List.copyOf(bands);
    }

    @Override
    public Money value(ClaimFacts facts, Valuation v) {
        if (facts.selfPaid() == null || facts.selfPaid().isNegative()) {
            return v.reject(ReasonCode.MISSING_FACT, Text.of("需提供个人自付金额", "the self-paid amount is required"),
                    Money.ZERO);
        }
        Money base = v.step("deductible", Text.of("个人自付" + facts.selfPaid() + "元，扣除起付线" + deductible + "元",
                "self-paid " + facts.selfPaid() + " less deductible " + deductible), facts.selfPaid(),
                facts.selfPaid().minus(deductible).max(Money.ZERO));
        Money amount = Money.ZERO;
        for (Band band : bands) {
            Money portion = band.portionOf(base);
            if (!portion.isZero()) {
                Money paid = v.share(portion, band.percent());
                amount = v.step("band", Text.of(band.from() + "至" + (band.to() == null ? "以上" : band.to()) + "元部分"
                                + portion + "元 × " + band.percent().toPlainString() + "%",
                        "part " + band.from() + "-" + (band.to() == null ? "" : band.to()) + ": " + portion + " x "
                                + band.percent().toPlainString() + "%"), amount, amount.plus(paid));
            }
        }
        Money claimCap = perClaimCap.times(v.units());
        if (amount.compareTo(claimCap) > 0) {
            amount = v.step("per-claim-cap", Text.of("单次最高" + claimCap + "元", "per-claim cap " + claimCap), amount,
                    claimCap);
        }
        return v.capRemaining("yearly-cap", Text.of("年度封顶线", "yearly cap line"), yearlyCap.times(v.units()),
                v.paidInPolicyYear(code, facts.eventDate()), amount);
    }
}
