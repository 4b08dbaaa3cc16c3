package org.huzhu.reporting.domain;

import java.util.List;

/**
 * A year of the office's other programmes beside the plans, as their own modules count them: relief paid per
 * category, the loan pipeline's stages and the subsidy paid, the people the distribution campaigns reached. Each
 * row this year against last; a figure a module does not count for last year is null.
 */
public record ProgrammeFigures(int year, List<Row> rows) {

    /** The indicators, in the order the dashboard shows them. */
    public enum Indicator {
        RELIEF_SECONDARY_AID, RELIEF_CONDOLENCE, RELIEF_FUND, LOANS_APPLIED, LOANS_BANK_APPROVED, LOANS_DISBURSED,
        LOANS_SUBSIDY_PAID, CAMPAIGNS_REACHED
    }

    /** One indicator: people or cases ({@code count}, null when it has none) and amount in fen. */
    public record Row(Indicator indicator, Long count, long fen, Long lastYearCount, Long lastYearFen) {
    }

    /** One city's headline figures for headquarters. */
    public record City(String tenantId, String nameZh, String nameEn, long reliefPeople, long reliefFen,
                       long loansDisbursed, long loansDisbursedFen, long campaignsReached, long campaignsSpentFen) {
    }
}
