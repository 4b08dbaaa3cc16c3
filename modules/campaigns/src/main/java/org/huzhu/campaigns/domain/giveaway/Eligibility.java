package org.huzhu.campaigns.domain.giveaway;

import java.util.Optional;
import org.huzhu.kernel.identity.Gender;

/**
 * Who may grab: members in an org subtree (its path, e.g. {@code /1/5/}), of one gender, at least an age. A rule
 * left null lets everyone through.
 */
public record Eligibility(String orgPath, Gender gender, Integer minAge) {

    /** The first rule the member fails (ORG_UNIT, GENDER, AGE), or empty when eligible. */
    public Optional<String> refusal(MemberFacts member) {
        if (orgPath != null && (member.orgPath() == null || !member.orgPath().startsWith(orgPath))) {
            return Optional.of("ORG_UNIT");
        }
        if (gender != null && gender != member.gender()) {
            return Optional.of("GENDER");
        }
        if (minAge != null && member.age() < minAge) {
            return Optional.of("AGE");
        }
        return Optional.empty();
    }
}
