package org.huzhu.relief.api;

import java.util.List;

/**
 * A year of relief in figures, against the year before: person-times aided and amounts per category (secondary
 * aid, condolences, the relief fund), per item (an aid run, a condolence item, a kind of fund relief) and per
 * agency office; the fund's balance at the end of each month; households that left hardship. An aid counts in the
 * year it was decided: an aid run's or a condolence item's lines within budget when the list was approved, a fund
 * application when the committee granted it. Amounts in fen.
 */
public record ReliefFigures(int year, List<Figure> categories, List<Figure> items, List<Figure> agencies,
                            List<MonthBalance> fundBalance, long householdsOut, long householdsOutLastYear,
                            long householdsInHardship) {

    /** The three categories an aid belongs to. */
    public enum Category { SECONDARY_AID, CONDOLENCE, RELIEF_FUND }

    /**
     * One row: a category, an item of it ({@code name}: the run's or item's name, or the fund's {@link ReliefKind}
     * name) or an agency office ({@code name}: its name, "" for members directly under the office), with this year's
     * and last year's person-times and amounts.
     */
    public record Figure(Category category, String name, long people, long amountFen, long lastYearPeople,
                         long lastYearAmountFen) {
    }

    /** The fund's balance at the end of a month ({@code month} 1-12 of the year). */
    public record MonthBalance(int month, long balanceFen) {
    }

    /** One city's figures for headquarters (no agency rows: agency offices are each city's own). */
    public record City(String tenantId, String nameZh, String nameEn, ReliefFigures figures) {
    }
}
