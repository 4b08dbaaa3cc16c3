package org.huzhu.campaigns.api.distribution;

import java.util.List;

/**
 * A bad row of an uploaded list (a delivery list, a job-flag list): row number (1 is the header), the column at
 * fault, the rule (a code; its text is {@code campaigns.distribution.rule.<RULE>} with {@code params}).
 */
public record RowProblem(int row, String field, String rule, List<String> params) {

    public RowProblem {
        params = params == null ? List.of() : List.copyOf(params);
    }
}
