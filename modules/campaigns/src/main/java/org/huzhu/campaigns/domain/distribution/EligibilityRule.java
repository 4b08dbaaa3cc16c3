package org.huzhu.campaigns.domain.distribution;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import org.huzhu.campaigns.api.distribution.Eligibility;
import org.huzhu.kernel.identity.Gender;
import org.huzhu.org.api.JobFlag;
import org.huzhu.org.api.MemberCriteria;

/**
 * A campaign's eligibility as the registry evaluates it: ages are counted on the campaign's first day, so a
 * member aged {@code maxAge} is in until the day before their next birthday, and one who turns {@code minAge} on
 * the first day is in. {@link #admits} is the same rule for one member, for the checks the database does not do.
 */
public record EligibilityRule(String scopePath, Eligibility eligibility, LocalDate onDay) {

    /** The earliest birth date still within {@code maxAge} on the day (null: no upper age). */
    public LocalDate bornFrom() {
        return eligibility.maxAge() == null ? null : onDay.minusYears(eligibility.maxAge() + 1L).plusDays(1);
    }

    /** The latest birth date already {@code minAge} on the day (null: no lower age). */
    public LocalDate bornTo() {
        return eligibility.minAge() == null ? null : onDay.minusYears(eligibility.minAge());
    }

    /** The criteria for the registry; {@code hardship}: the members on the hardship register, when asked for. */
    public MemberCriteria criteria(Collection<Long> hardship) {
        return new MemberCriteria(scopePath, eligibility.gender(), bornFrom(), bornTo(), eligibility.anyFlag(),
                eligibility.hardshipOnly() ? hardship : null);
    }

    public boolean admits(String orgPath, Gender gender, LocalDate birthDate, Set<JobFlag> flags) {
        LocalDate from = bornFrom();
        LocalDate to = bornTo();
        return orgPath.startsWith(scopePath)
                && (eligibility.gender() == null || eligibility.gender() == gender)
                && (from == null || !birthDate.isBefore(from))
                && (to == null || !birthDate.isAfter(to))
                && (eligibility.anyFlag().isEmpty() || flags.stream().anyMatch(eligibility.anyFlag()::contains));
    }
}
