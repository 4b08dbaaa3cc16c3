package org.huzhu.reporting.api;

import java.time.LocalDate;

/** The days a dashboard's figures cover, both ends included, and the same days one year earlier. */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public ReportPeriod {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("a period runs from a day to the same or a later day");
        }
    }

    public ReportPeriod yearBefore() {
        return new ReportPeriod(from.minusYears(1), to.minusYears(1));
    }
}
