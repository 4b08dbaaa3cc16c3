package org.huzhu.plans.api;

/**
 * A new version as an office admin drafts it: when it takes effect and what changes; the benefits carry
 * over from the version before. Amounts are yuan as text.
 */
public record DraftRequest(String effectiveFrom, String feePerUnit, int minUnits, int maxUnits, int waitingPeriodDays,
                           int claimSlaWorkingDays) {
}
