package org.huzhu.campaigns.domain.distribution;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huzhu.campaigns.api.distribution.RowProblem;
import org.huzhu.org.api.JobFlag;

/**
 * A list of members' job flags (户外作业, 高温作业 ... one column each, 是 or 否; a cell left empty or a column left out
 * keeps what the member has): every row checked as a delivery list's person is ({@link DeliveryListCheck#idProblem},
 * {@link DeliveryListCheck#knownOnce}: a valid ID not from a number cell, a member within the caller's part, named
 * once), and each flag cell. Pure: the caller writes only a list without problems, so no list is half applied.
 */
public final class JobFlagListCheck {

    public static final String YES = "是";
    public static final String NO = "否";

    /** One row: the ID's text, whether Excel held it as a number, and the flag cells of the columns the sheet has. */
    public record Row(int rowNo, String idNumber, boolean numberCell, Map<JobFlag, String> cells) {
    }

    /** A row that passed: the member and the flags they will have. */
    public record Accepted(int rowNo, long memberId, Set<JobFlag> flags) {
    }

    /** The rows that passed and the problems; write the rows only when there are no problems. */
    public record Result(List<Accepted> accepted, List<RowProblem> problems) {

        public boolean clean() {
            return problems.isEmpty();
        }
    }

    private JobFlagListCheck() {
    }

    /**
     * {@code idsByNationalId}: members by normalised national ID (the registry's); {@code current}: the flags of the
     * members the caller may see (their part of the registry); {@code columns}: each flag's column name, for problems.
     */
    public static Result check(List<Row> rows, Map<String, Long> idsByNationalId, Map<Long, Set<JobFlag>> current,
                               Map<JobFlag, String> columns) {
        List<Accepted> accepted = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        Map<Long, Integer> firstRow = new HashMap<>();
        for (Row row : rows) {
            List<RowProblem> found = new ArrayList<>();
            Long member = null;
            RowProblem person = DeliveryListCheck.idProblem(row.rowNo(), row.idNumber(), row.numberCell());
            if (person == null) {
                member = idsByNationalId.get(DeliveryListCheck.normalised(row.idNumber()));
                person = DeliveryListCheck.knownOnce(row.rowNo(), "idNumber", member, current.keySet(), firstRow);
            }
            if (person != null) {
                found.add(person);
            }
            Set<JobFlag> flags = member == null || person != null ? EnumSet.noneOf(JobFlag.class)
                    : copy(current.get(member));
            for (Map.Entry<JobFlag, String> cell : row.cells().entrySet()) {
                String value = cell.getValue() == null ? "" : cell.getValue().strip();
                if (value.equals(YES)) {
                    flags.add(cell.getKey());
                } else if (value.equals(NO)) {
                    flags.remove(cell.getKey());
                } else if (!value.isEmpty()) {
                    String column = columns.get(cell.getKey());
                    found.add(DeliveryListCheck.problem(row.rowNo(), cell.getKey().name(), "FLAG_VALUE", column));
                }
            }
            if (found.isEmpty()) {
                accepted.add(new Accepted(row.rowNo(), member, flags));
            }
            problems.addAll(found);
        }
        return new Result(accepted, problems);
    }

    private static Set<JobFlag> copy(Set<JobFlag> flags) {
        return flags == null || flags.isEmpty() ? EnumSet.noneOf(JobFlag.class) : EnumSet.copyOf(flags);
    }
}
