package org.huzhu.plans.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.huzhu.kernel.money.Money;

/**
 * One valuation in progress: the cover, the payments already made under it, the version's rounding, and
 * the explanation being written. Benefits read facts through it and record each step they take.
 */
public final class Valuation {

    private final Cover cover;
    private final List<PriorPayment> history;
    private final RoundingMode rounding;
    private final List<Step> steps = new ArrayList<>();
    private ReasonCode rejection;

    Valuation(Cover cover, List<PriorPayment> history, RoundingMode rounding) {
        this.cover = cover;
        this.history = List.copyOf(history);
        this.rounding = rounding;
    }

    public int units() {
        return cover.units();
    }

    public Money share(Money amount, BigDecimal percent) {
        return amount.percent(percent, rounding);
    }

    /** Records a step and returns the amount after it. */
    public Money step(String rule, Text text, Money before, Money after) {
        steps.add(new Step(rule, text, before, after));
        return after;
    }

    /** Records why nothing is payable and returns zero. */
    public Money reject(ReasonCode reason, Text text, Money before) {
        rejection = reason;
        steps.add(new Step(reason.name(), text, before, Money.ZERO));
        return Money.ZERO;
    }

    public boolean isRejected() {
        return rejection != null;
    }

    /** Paid for this benefit in the policy year that holds the date. */
    public Money paidInPolicyYear(String benefit, LocalDate date) {
        LocalDate from = cover.policyYearStart(date);
        return history.stream()
                .filter(p -> p.benefitCode().equals(benefit) && !p.eventDate().isBefore(from)
                        && p.eventDate().isBefore(from.plusYears(1)))
                .map(PriorPayment::amount).reduce(Money.ZERO, Money::plus);
    }

    public long countInPolicyYear(String benefit, LocalDate date) {
        LocalDate from = cover.policyYearStart(date);
        return history.stream().filter(p -> p.benefitCode().equals(benefit) && !p.eventDate().isBefore(from)
                && p.eventDate().isBefore(from.plusYears(1))).count();
    }

    public Money paidInTerm(String benefit) {
        return history.stream().filter(p -> p.benefitCode().equals(benefit)).map(PriorPayment::amount)
                .reduce(Money.ZERO, Money::plus);
    }

    public long countInTerm(String benefit) {
        return history.stream().filter(p -> p.benefitCode().equals(benefit)).count();
    }

    /** Caps what is left of a cap after earlier payments; rejects when nothing is left. */
    public Money capRemaining(String rule, Text name, Money cap, Money alreadyPaid, Money amount) {
        Money left = cap.minus(alreadyPaid).max(Money.ZERO);
        if (left.isZero()) {
            return reject(ReasonCode.CAP_REACHED, Text.of(name.zh() + "已用完（" + cap + "元）",
                    name.en() + " of " + cap + " is used up"), amount);
        }
        if (amount.compareTo(left) > 0) {
            return step(rule, Text.of(name.zh() + cap + "元，已付" + alreadyPaid + "元，本次最多" + left + "元",
                    name.en() + " " + cap + ", paid " + alreadyPaid + ", at most " + left + " now"), amount, left);
        }
        return amount;
    }

    Evaluation result(Money payable) {
        return new Evaluation(rejection == null ? payable : Money.ZERO, steps, rejection);
    }
}
