package org.huzhu.campaigns.domain.giveaway;

import org.huzhu.kernel.identity.Gender;

/** What a grab needs to know of the member: who, for the rules of eligibility, and where to send a notice. */
public record MemberFacts(long memberId, Gender gender, int age, String orgPath, byte[] phoneCipher) {
}
