package org.huzhu.reporting.domain;

import java.time.LocalDate;

/**
 * The read model's tenant-keyed tables: the same figures by day or by month, split by plan and agency office (the
 * office dashboard, whose filters need both), by plan only (headquarters' figures of one plan), or not split at all
 * (headquarters' comparison of whole cities). All cities added up live in {@code HeadquartersRollup}'s tables.
 */
public enum Grain {
    DAY("report_day", false, true, true),
    MONTH("report_month", true, true, true),
    CITY_DAY("report_city_day", false, false, true),
    CITY_MONTH("report_city_month", true, false, true),
    CITY_TOTAL_DAY("report_city_total_day", false, false, false),
    CITY_TOTAL_MONTH("report_city_total_month", true, false, false);

    private final String table;
    private final boolean monthly;
    private final boolean perAgency;
    private final boolean perPlan;

    Grain(String table, boolean monthly, boolean perAgency, boolean perPlan) {
        this.table = table;
        this.monthly = monthly;
        this.perAgency = perAgency;
        this.perPlan = perPlan;
    }

    public String table() {
        return table;
    }

    public boolean monthly() {
        return monthly;
    }

    public FigureDeltas.Cell cellOf(FigureDeltas.Cell day) {
        return new FigureDeltas.Cell(monthly ? day.day().withDayOfMonth(1) : day.day(), day.figure(),
                perPlan ? day.planCode() : "", perAgency ? day.agencyId() : 0);
    }
}
