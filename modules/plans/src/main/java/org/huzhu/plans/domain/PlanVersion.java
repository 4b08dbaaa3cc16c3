package org.huzhu.plans.domain;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The rules and prices of a plan for a period. Published versions never change; a new version is drafted
 * and published with its own effective date. {@code effectiveTo} is the day before the next version starts.
 * {@code claimSlaWorkingDays} is how many working days a claim may take from filing to payment.
 */
public record PlanVersion(int number, LocalDate effectiveFrom, LocalDate effectiveTo, Fee fee, int termYears,
                          EnrolmentWindow window, Eligibility eligibility, int waitingPeriodDays,
                          RoundingMode rounding, List<Benefit> benefits, int claimSlaWorkingDays) {

    public PlanVersion {
        benefits = List.copyOf(benefits);
        if (termYears < 1 || termYears > 3) {
            throw new IllegalArgumentException("a term is 1, 2 or 3 years");
        }
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    public Optional<Benefit> benefit(String code) {
        return benefits.stream().filter(b -> b.code().equals(code)).findFirst();
    }

    /** Equal in everything but its end date, which a following version sets. */
    public boolean sameRulesAs(PlanVersion other) {
        return endingOn(null).equals(other.endingOn(null));
    }

    PlanVersion endingOn(LocalDate lastDay) {
        return new PlanVersion(number, effectiveFrom, lastDay, fee, termYears, window, eligibility,
                waitingPeriodDays, rounding, benefits, claimSlaWorkingDays);
    }
}
