package org.huzhu.plans.api;

import java.util.List;

/** A plan as the API and the portal show it, with every version and its rules. */
public record PlanView(String code, String nameZh, String nameEn, boolean feeBased, String chooseOneGroup,
                       String riderOf, List<VersionView> versions, List<ClaimDocumentView> claimDocuments) {

    /** A document every claim under the plan must come with. */
    public record ClaimDocumentView(String code, String zh, String en) {
    }


    /** One version: fee, units, term, waiting period, SLA, eligibility and benefits. */
    public record VersionView(int number, String effectiveFrom, String effectiveTo, String feePerUnit, int minUnits,
                              int maxUnits, int termYears, String window, int waitingPeriodDays,
                              int claimSlaWorkingDays, String eligibilityZh, String eligibilityEn,
                              List<BenefitView> benefits) {
    }

    /**
     * A benefit of a version: its kind, its figures as name/value lines (and as Chinese phrases for people),
     * and the figure a new version most
     * often changes (fixed sum per unit, day rate, yearly cap line, or the tier maxima separated by commas).
     */
    public record BenefitView(String code, String kind, String nameZh, String nameEn, List<String> rules,
                              List<String> rulesZh, String mainAmount) {
    }
}
