package org.huzhu.campaigns.api.distribution;

import java.util.List;

/** A delivery list's outcome: every row confirmed, or none and every bad row named. */
public record DeliveryImport(int rows, int confirmed, List<RowProblem> problems) {
}
