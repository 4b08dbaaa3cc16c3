package org.huzhu.plans.domain;

import java.time.LocalDate;

/**
 * An enrolment as the engine sees it: the plan version it follows, the units taken, the term and the day
 * cover started (the later of term start and the day the fee was paid in full).
 */
public record Cover(String planCode, int versionNumber, int units, LocalDate termStart, LocalDate termEnd,
                    LocalDate coverStart) {

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(coverStart) && !date.isAfter(termEnd);
    }

    /** The first day of the policy year (counted from term start) that holds the date. */
    public LocalDate policyYearStart(LocalDate date) {
        LocalDate start = termStart;
        while (!start.plusYears(1).isAfter(date)) {
            start = start.plusYears(1);
        }
        return start;
    }
}
