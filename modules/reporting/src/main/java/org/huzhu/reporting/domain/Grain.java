package org.huzhu.reporting.domain;

import java.time.LocalDate;

/**
 * The read model's four tables: the same figures by day or by month, split by plan and agency office (the office
 * dashboard, whose filters need both) or by plan only (headquarters, which compares whole cities).
 */
public enum Grain {
    DAY("report_day", false, true),
    MONTH("report_month", true, true),
    CITY_DAY("report_city_day", false, false),
    CITY_MONTH("report_city_month", true, false);

    private final String table;
    private final boolean monthly;
    private final boolean perAgency;

    Grain(String table, boolean monthly, boolean perAgency) {
        this.table = table;
        this.monthly = monthly;
        this.perAgency = perAgency;
    }

    public String table() {
        return table;
    }

    public boolean monthly() {
        return monthly;
    }

    public FigureDeltas.Cell cellOf(FigureDeltas.Cell day) {
        return new FigureDeltas.Cell(monthly ? day.day().withDayOfMonth(1) : day.day(), day.figure(), day.planCode(),
                perAgency ? day.agencyId() : 0);
    }
}
