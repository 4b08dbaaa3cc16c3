package org.huzhu.plans.domain;

import java.time.temporal.ChronoUnit;
import org.huzhu.kernel.money.Money;

/**
 * Inpatient allowance: an amount per day and unit for the days in hospital beyond the deductible days, at
 * most {@code maxDaysPerStay} days, within a cap per stay and a cap per policy year, and at most
 * {@code maxStaysPerYear} paid stays a year. Caps are per unit.
 */
public record DailyAllowanceBenefit(String code, Text name, Money perDay, int deductibleDays, int maxDaysPerStay,
                                    Money perStayCap, Money yearlyCap, int maxStaysPerYear) implements Benefit {

    @Override
    public Money value(ClaimFacts facts, Valuation v) {
        if (facts.admission() == null || facts.discharge() == null || facts.discharge().isBefore(facts.admission())) {
            return v.reject(ReasonCode.MISSING_FACT, Text.of("需提供入院和出院日期（出院不早于入院）",
                    "admission and discharge dates are required, discharge not before admission"), Money.ZERO);
        }
        if (v.countInPolicyYear(code, facts.eventDate()) >= maxStaysPerYear) {
            return v.reject(ReasonCode.COUNT_LIMIT, Text.of("本保障年度已给付" + maxStaysPerYear + "次住院",
                    "already paid " + maxStaysPerYear + " stays this policy year"), Money.ZERO);
        }
        long days = Math.max(1, ChronoUnit.DAYS.between(facts.admission(), facts.discharge()));
        long paidDays = Math.min(Math.max(0, days - deductibleDays), maxDaysPerStay);
        Money amount = v.step("days", Text.of("住院" + days + "天，免赔" + deductibleDays + "天，最多" + maxDaysPerStay
                        + "天，计" + paidDays + "天 × 每天" + perDay + "元 × " + v.units() + "份",
                "in hospital " + days + " days, " + deductibleDays + " deductible, at most " + maxDaysPerStay
                        + ": " + paidDays + " days x " + perDay + " x " + v.units() + " unit(s)"),
                Money.ZERO, perDay.times(paidDays).times(v.units()));
        Money stayCap = perStayCap.times(v.units());
        if (amount.compareTo(stayCap) > 0) {
            amount = v.step("per-stay-cap", Text.of("每次住院最高" + stayCap + "元", "per-stay cap " + stayCap),
                    amount, stayCap);
        }
        return v.capRemaining("yearly-cap", Text.of("年度最高给付额", "yearly cap"), yearlyCap.times(v.units()),
                v.paidInPolicyYear(code, facts.eventDate()), amount);
    }
}
