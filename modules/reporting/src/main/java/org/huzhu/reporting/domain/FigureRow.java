package org.huzhu.reporting.domain;

import java.time.LocalDate;

/** A read-model cell as dashboards read it, added up per month (for trends). */
public record FigureRow(String tenant, Figure figure, String planCode, long agencyId, LocalDate month, long count,
                       long fen) {

    public Indicators.Amount amount() {
        return new Indicators.Amount(count, fen);
    }
}
