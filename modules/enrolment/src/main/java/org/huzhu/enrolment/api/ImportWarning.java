package org.huzhu.enrolment.api;

import java.util.List;

/**
 * Something about a checked list the clerk must confirm (or correct the list) before submitting it.
 *
 * @param kind      {@code PAST_HEADCOUNT}: the plan would have more members enrolled for the term in the union than
 *                  the union has registered staff; {@code OTHER_UNION}: rows whose 基层工会 names another union
 * @param planCode  the plan ({@code PAST_HEADCOUNT}), else null
 * @param enrolled  members enrolled in the plan with this list ({@code PAST_HEADCOUNT}), else 0
 * @param headcount the union's registered staff ({@code PAST_HEADCOUNT}), else 0
 * @param rows      the first rows concerned ({@code OTHER_UNION}), at most 20
 * @param rowCount  how many rows are concerned ({@code OTHER_UNION})
 */
public record ImportWarning(String kind, String planCode, int enrolled, int headcount, List<Integer> rows,
                            int rowCount, String messageZh, String messageEn) {

    public ImportWarning {
        rows = List.copyOf(rows);
    }
}
