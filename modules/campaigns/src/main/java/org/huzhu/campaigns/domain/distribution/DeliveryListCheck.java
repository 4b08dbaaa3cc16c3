package org.huzhu.campaigns.domain.distribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huzhu.campaigns.api.distribution.DeliveryMethod;
import org.huzhu.campaigns.api.distribution.RowProblem;
import org.huzhu.kernel.identity.InvalidNationalIdException;
import org.huzhu.kernel.identity.NationalId;
import org.huzhu.kernel.money.Money;

/**
 * Every rule a hand-out must pass, for a whole delivery list at once (a single confirmation is a list of one):
 * the person is known and within the clerk's part, is named once, was not served before, is eligible or added with
 * a reason, has a tracking number when sent by courier; and the list as a whole stays within each agency office's
 * quota and the budget. Pure: the caller looks everything up in a few set-based reads and writes only a list
 * without problems, so nothing is ever half-confirmed.
 */
public final class DeliveryListCheck {

    public static final int MAX_REASON = 200;
    public static final int MAX_TRACKING = 40;

    /** One row: a member by id (a confirmation) or by national ID (a list row); {@code numberCell}: Excel's number. */
    public record Row(int rowNo, Long memberId, String idNumber, boolean numberCell, String trackingNo, String reason) {
    }

    /** A member as the check needs them: where they sit and under which agency office (null: direct). */
    public record Person(long memberId, String name, long orgUnitId, String orgPath, Long agencyId) {
    }

    /**
     * What the check reads: members by national ID (the registry's), persons within the caller's part, eligible
     * and already served member ids, what each agency office's quota leaves, and the budget's figures.
     */
    public record Facts(Map<String, Long> idsByNationalId, Map<Long, Person> persons, Set<Long> eligible,
                        Set<Long> served, Map<Long, Long> quotaLeft, long budgetFen, long spentFen, long unitFen,
                        DeliveryMethod method) {
    }

    /** A row that passed, ready to be written. */
    public record Accepted(int rowNo, long memberId, String memberName, long orgUnitId, String orgPath, Long agencyId,
                           String trackingNo, String reason) {
    }

    /** The rows that passed and the problems; write the rows only when there are no problems. */
    public record Result(List<Accepted> accepted, List<RowProblem> problems) {

        public boolean clean() {
            return problems.isEmpty();
        }

        /** What the accepted rows spend together. */
        public long totalFen(long unitFen) {
            return unitFen * accepted.size();
        }
    }

    private DeliveryListCheck() {
    }

    public static Result check(List<Row> rows, Facts facts) {
        List<Accepted> accepted = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        Map<Long, Integer> firstRow = new HashMap<>();
        Map<Long, Long> quotaLeft = new HashMap<>(facts.quotaLeft());
        long spending = 0;
        for (Row row : rows) {
            RowProblem problem = personProblem(row, facts, firstRow);
            Person person = problem == null ? facts.persons().get(memberOf(row, facts)) : null;
            if (problem == null) {
                problem = handOutProblem(row, person, facts);
            }
            if (problem == null && person.agencyId() != null && quotaLeft.containsKey(person.agencyId())) {
                long left = quotaLeft.merge(person.agencyId(), -1L, Long::sum);
                if (left < 0) {
                    problem = problem(row, "memberId", "QUOTA_PASSED", facts.quotaLeft().get(person.agencyId()));
                }
            }
            if (problem == null && facts.spentFen() + spending + facts.unitFen() > facts.budgetFen()) {
                problem = problem(row, "memberId", "BUDGET_PASSED", yuan(facts.budgetFen()),
                        yuan(facts.spentFen() + spending), yuan(facts.unitFen()));
            }
            if (problem != null) {
                problems.add(problem);
                continue;
            }
            spending += facts.unitFen();
            accepted.add(new Accepted(row.rowNo(), person.memberId(), person.name(), person.orgUnitId(),
                    person.orgPath(), person.agencyId(), blankToNull(row.trackingNo()), blankToNull(row.reason())));
        }
        return new Result(accepted, problems);
    }

    private static RowProblem personProblem(Row row, Facts facts, Map<Long, Integer> firstRow) {
        if (row.memberId() == null) {
            RowProblem id = idProblem(row.rowNo(), row.idNumber(), row.numberCell());
            if (id != null) {
                return id;
            }
        }
        RowProblem once = knownOnce(row.rowNo(), row.memberId() == null ? "idNumber" : "memberId", memberOf(row, facts),
                facts.persons().keySet(), firstRow);
        if (once != null) {
            return once;
        }
        return facts.served().contains(memberOf(row, facts)) ? problem(row, "memberId", "ALREADY_SERVED") : null;
    }

    /**
     * The rules of a national ID in a list (any list of people the office uploads): given, not from an Excel number
     * cell (cut to 15 digits), well formed (full-width digits, length, check digit: {@link NationalId}).
     */
    public static RowProblem idProblem(int rowNo, String idNumber, boolean numberCell) {
        if (idNumber == null || idNumber.isBlank()) {
            return problem(rowNo, "idNumber", "REQUIRED");
        }
        if (numberCell) {
            return problem(rowNo, "idNumber", "EXCEL_NUMBER");
        }
        try {
            NationalId.parse(idNumber);
        } catch (InvalidNationalIdException e) {
            // full-width digits (pasted from Word or typed with a Chinese IME) look right: say what is wrong
            return problem(rowNo, "idNumber", e.rule() == InvalidNationalIdException.Rule.FULL_WIDTH_DIGITS
                    ? "ID_FULL_WIDTH" : "ID_INVALID");
        }
        return null;
    }

    /**
     * The rules of the person a row names: known and within the caller's part ({@code known}), and named once in the
     * list ({@code firstRow}: the row each member was first named in, filled as rows pass).
     */
    public static RowProblem knownOnce(int rowNo, String field, Long member, Set<Long> known,
                                       Map<Long, Integer> firstRow) {
        if (member == null || !known.contains(member)) {
            return problem(rowNo, field, "UNKNOWN_MEMBER");
        }
        Integer first = firstRow.putIfAbsent(member, rowNo);
        return first == null ? null : problem(rowNo, field, "DUPLICATE_ROW", first);
    }

    private static RowProblem handOutProblem(Row row, Person person, Facts facts) {
        boolean hasReason = row.reason() != null && !row.reason().isBlank();
        if (hasReason && (row.reason().length() > MAX_REASON || row.reason().chars().anyMatch(Character::isISOControl))) {
            return problem(row, "reason", "TEXT", MAX_REASON);
        }
        if (!hasReason && !facts.eligible().contains(person.memberId())) {
            return problem(row, "reason", "NOT_ELIGIBLE");
        }
        boolean hasTracking = row.trackingNo() != null && !row.trackingNo().isBlank();
        if (facts.method() == DeliveryMethod.COURIER && !hasTracking) {
            return problem(row, "trackingNo", "TRACKING_REQUIRED");
        }
        if (hasTracking && !row.trackingNo().strip().matches("[A-Za-z0-9-]{1," + MAX_TRACKING + "}")) {
            return problem(row, "trackingNo", "TRACKING_FORMAT", MAX_TRACKING);
        }
        return null;
    }

    private static Long memberOf(Row row, Facts facts) {
        if (row.memberId() != null) {
            return row.memberId();
        }
        return facts.idsByNationalId().get(normalised(row.idNumber()));
    }

    /** The national ID as the registry's lookup takes it (check letter upper-case), or null when malformed. */
    public static String normalised(String idNumber) {
        try {
            return NationalId.parse(idNumber).value();
        } catch (InvalidNationalIdException e) {
            return null;
        }
    }

    private static RowProblem problem(Row row, String field, String rule, Object... params) {
        return problem(row.rowNo(), field, rule, params);
    }

    static RowProblem problem(int rowNo, String field, String rule, Object... params) {
        return new RowProblem(rowNo, field, rule, java.util.Arrays.stream(params).map(String::valueOf).toList());
    }

    private static String yuan(long fen) {
        return Money.ofFen(fen).toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
