package org.huzhu.reporting.domain;

import java.time.LocalDate;

/** A claim behind the "paid after its due date" figure: the drill-down list. */
public record LateClaim(long claimId, String planCode, long agencyId, LocalDate filedOn, LocalDate dueDate,
                        LocalDate paidOn, long amountFen) {
}
