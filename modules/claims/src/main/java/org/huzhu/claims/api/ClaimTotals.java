package org.huzhu.claims.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Claims data summed per member, for modules that give further aid on top of the claim (relief's secondary aid
 * runs). Set-based: one grouped query for the amounts and one for the diagnoses, never claim by claim.
 */
public interface ClaimTotals {

    /**
     * Per member, the approved, scheduled and paid medical claims (those with a self-paid amount) whose event
     * date lies in {@code [from, to]} under one of {@code planCodes}: the self-paid amounts and what the plans
     * paid, in fen, with the diagnoses named on them. Ordered by member id.
     */
    List<MemberClaimTotals> perMember(LocalDate from, LocalDate to, Set<String> planCodes);

    /**
     * One member's claims in a window.
     *
     * @param selfPaidFen   the self-paid amounts the members paid, summed
     * @param paidFen       what the plans approved for them (paid or about to be), summed
     * @param diseaseCodes  the diagnoses named on those claims
     */
    record MemberClaimTotals(long memberId, String memberName, String orgPath, int claims, long selfPaidFen,
                             long paidFen, Set<String> diseaseCodes) {

        public MemberClaimTotals {
            diseaseCodes = Set.copyOf(diseaseCodes);
        }
    }
}
