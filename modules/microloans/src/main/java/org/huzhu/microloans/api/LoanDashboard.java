package org.huzhu.microloans.api;

import java.util.List;

/**
 * The microloan figures of the caller's part of the tenant, this year against last (by the day applications were
 * filed): how many applications reached each stage and for how much, where they come from (district, park), and
 * the subsidy paid and committed (computed or approved and not yet paid). Amounts in fen.
 */
public record LoanDashboard(int year, List<StageFigure> stages, List<PlaceFigure> districts, List<PlaceFigure> parks,
                            long subsidyPaidFen, long subsidyCommittedFen) {

    /** Applications that reached a stage (or went beyond it) this year and last year, with their amounts. */
    public record StageFigure(String stage, long count, long amountFen, long lastYearCount, long lastYearAmountFen) {
    }

    /** Applications filed this year from one district or park. */
    public record PlaceFigure(String place, long count, long amountFen) {
    }
}
