package org.huzhu.plans.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.huzhu.kernel.money.Money;
import org.huzhu.plans.domain.AccidentTierBenefit;
import org.huzhu.plans.domain.Benefit;
import org.huzhu.plans.domain.DailyAllowanceBenefit;
import org.huzhu.plans.domain.FixedSumBenefit;
import org.huzhu.plans.domain.ReimbursementBenefit;

/** A drafted version's benefits: the previous version's, with the main amount changed where the admin asked. */
final class DraftBenefits {

    private DraftBenefits() {
    }

    static List<Benefit> revise(List<Benefit> previous, Map<String, String> amounts) {
        for (String code : amounts.keySet()) {
            if (previous.stream().noneMatch(b -> b.code().equals(code))) {
                throw new IllegalArgumentException("benefitAmounts." + code + ": the version has no such benefit");
            }
        }
        return previous.stream().map(b -> amounts.containsKey(b.code()) ? revise(b, amounts.get(b.code())) : b).toList();
    }

    private static Benefit revise(Benefit b, String text) {
        String field = "benefitAmounts." + b.code();
        if (b instanceof AccidentTierBenefit a) {
            List<Money> tiers = new ArrayList<>();
            for (String part : text.split(",")) {
                Money tier = positive(part, field);
                if (!tiers.isEmpty() && tier.compareTo(tiers.get(tiers.size() - 1)) <= 0) {
                    throw new IllegalArgumentException(field + ": tier maxima must rise");
                }
                tiers.add(tier);
            }
            return new AccidentTierBenefit(a.code(), a.name(), tiers, a.gradeShares());
        }
        Money amount = positive(text, field);
        if (b instanceof FixedSumBenefit f) {
            return new FixedSumBenefit(f.code(), f.name(), amount, f.catalogue(), f.maxPaymentsPerTerm());
        }
        if (b instanceof DailyAllowanceBenefit d) {
            return new DailyAllowanceBenefit(d.code(), d.name(), amount, d.deductibleDays(), d.maxDaysPerStay(),
                    d.perStayCap(), d.yearlyCap(), d.maxStaysPerYear());
        }
        ReimbursementBenefit r = (ReimbursementBenefit) b;
        return new ReimbursementBenefit(r.code(), r.name(), r.deductible(), r.bands(), r.perClaimCap().min(amount), amount);
    }

    private static Money positive(String text, String field) {
        Money amount = QuoteFacts.money(QuoteFacts.required(text, field), field);
        if (amount.isNegative() || amount.isZero()) {
            throw new IllegalArgumentException(field + ": must be above zero");
        }
        return amount;
    }
}
