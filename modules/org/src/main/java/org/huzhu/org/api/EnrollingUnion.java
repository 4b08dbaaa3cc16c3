package org.huzhu.org.api;

import java.util.List;

/**
 * A grassroots union as enrolment needs it: where it sits in the org tree (its own code and those above it,
 * which plan eligibility may name), its staff headcount (the participation rule) and its agency office
 * (null for a union that enrols directly with the city office).
 */
public record EnrollingUnion(long id, String code, String name, String path, int headcount, Long agencyId,
                             String agencyName, List<String> lineageCodes) {
}
