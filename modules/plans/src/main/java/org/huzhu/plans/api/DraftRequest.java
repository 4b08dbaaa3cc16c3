package org.huzhu.plans.api;

import java.util.Map;

/**
 * A new version as an office admin drafts it: when it takes effect and what changes. Benefits carry over
 * from the version before, with the main amount of any benefit named in {@code benefitAmounts} (benefit
 * code to amount, see {@link PlanView.BenefitView#mainAmount()}) changed. Amounts are yuan as text.
 */
public record DraftRequest(String effectiveFrom, String feePerUnit, int minUnits, int maxUnits, int waitingPeriodDays,
                           int claimSlaWorkingDays, Map<String, String> benefitAmounts) {

    public DraftRequest {
        benefitAmounts = benefitAmounts == null ? Map.of() : Map.copyOf(benefitAmounts);
    }
}
