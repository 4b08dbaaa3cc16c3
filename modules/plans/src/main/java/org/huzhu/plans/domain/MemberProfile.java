package org.huzhu.plans.domain;

import java.time.LocalDate;
import java.util.Set;
import org.huzhu.kernel.identity.Gender;

/**
 * What eligibility needs to know of a member. {@code orgUnitCodes} is the member's union and every unit
 * above it, so a plan scoped to an agency office covers its unions.
 */
public record MemberProfile(Gender gender, LocalDate birthDate, String status, boolean gigWorker,
                            Set<String> orgUnitCodes) {

    public MemberProfile {
        orgUnitCodes = Set.copyOf(orgUnitCodes);
    }
}
