package org.huzhu.demodata;

import java.time.LocalDate;

/**
 * A plan version to enrol demo members in for one term: the caller reads code, version, fee and term end
 * from the tenant's plan files, so the demo data agrees with the catalogue.
 *
 * @param share how many members in ten take it
 */
public record DemoCover(String planCode, int planVersion, LocalDate termStart, LocalDate termEnd, long feeFenPerUnit,
                        int share) {
}
