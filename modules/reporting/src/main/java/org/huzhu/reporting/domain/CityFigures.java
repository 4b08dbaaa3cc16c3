package org.huzhu.reporting.domain;

/**
 * One city office's indicators on the headquarters dashboard, this period and the same one a year earlier.
 *
 * @param tenant the tenant id; {@code name} its name in the reader's language is looked up when shown
 */
public record CityFigures(String tenant, Indicators current, Indicators lastYear) {

    public Indicators growth() {
        return current.minus(lastYear);
    }
}
