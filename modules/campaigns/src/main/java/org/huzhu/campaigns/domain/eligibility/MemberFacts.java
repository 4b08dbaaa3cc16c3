package org.huzhu.campaigns.domain.eligibility;

import org.huzhu.kernel.identity.Gender;

/**
 * What the rules of eligibility need to know of a member (who, gender, age today, where they sit), and for a grab
 * where to send a notice (null when not known).
 */
public record MemberFacts(long memberId, Gender gender, int age, String orgPath, byte[] phoneCipher) {
}
