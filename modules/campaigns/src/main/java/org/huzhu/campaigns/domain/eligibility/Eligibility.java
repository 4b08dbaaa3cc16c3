package org.huzhu.campaigns.domain.eligibility;

import java.util.Optional;
import org.huzhu.kernel.identity.Gender;
import org.huzhu.tenancy.api.Refused;

/**
 * Who may take part in a giveaway or an event: members in an org subtree (its path, e.g. {@code /1/5/}), of one
 * gender, at least an age (counted on the day they ask, as {@link MemberFacts#age()} is). A rule left null lets
 * everyone through. Giveaways and events keep the same three columns and ask this one record.
 */
public record Eligibility(String orgPath, Gender gender, Integer minAge) {

    /** The highest minimum age a rule may ask: a typed 300 would shut everyone out without a word. */
    public static final int MAX_MIN_AGE = 120;

    /** Everyone. */
    public static final Eligibility ANYONE = new Eligibility(null, null, null);

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

    /** A minimum age outside 0..{@value #MAX_MIN_AGE} is refused naming minAge, in the caller's own range text. */
    public static void checkMinAge(Integer minAge, String rangeKey) {
        if (minAge != null && (minAge < 0 || minAge > MAX_MIN_AGE)) {
            throw Refused.badInput("minAge", rangeKey, 0, MAX_MIN_AGE);
        }
    }

    /** The gender as the tables keep it ({@code M}, {@code F}, null for either), as the member table does. */
    public static String genderCode(Gender gender) {
        return gender == null ? null : gender == Gender.FEMALE ? "F" : "M";
    }

    public static Gender gender(String code) {
        return code == null ? null : "F".equals(code) ? Gender.FEMALE : Gender.MALE;
    }
}
