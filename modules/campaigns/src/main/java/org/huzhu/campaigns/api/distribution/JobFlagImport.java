package org.huzhu.campaigns.api.distribution;

import java.util.List;

/**
 * A job-flag list's outcome: its rows, how many members' flags changed (none when there are problems), and every
 * problem (row, column, rule).
 */
public record JobFlagImport(int rows, int changed, List<RowProblem> problems) {

    public JobFlagImport {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }
}
