package org.huzhu.campaigns.api.distribution;

import java.util.Set;
import org.huzhu.kernel.identity.Gender;
import org.huzhu.org.api.JobFlag;

/** A member the campaign's rules select, masked as lists show members, and whether they were served. */
public record EligibleMember(long memberId, String name, Gender gender, int age, String idNumberMasked,
                             long orgUnitId, Set<JobFlag> flags, boolean served) {
}
