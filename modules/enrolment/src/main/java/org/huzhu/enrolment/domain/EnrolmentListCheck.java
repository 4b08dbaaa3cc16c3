package org.huzhu.enrolment.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import org.huzhu.kernel.identity.InvalidNationalIdException;
import org.huzhu.kernel.identity.NationalId;
import org.huzhu.plans.api.EnrolmentRules;

/**
 * Checks an enrolment list row by row and reports every problem of every row (a clerk fixes them all at
 * once): the ID by GB 11643, name, phone, units, the plan's rules for this member and term, duplicates
 * inside the file, and members already enrolled in the same plan and term.
 */
public final class EnrolmentListCheck {

    private final EnrolmentRules rules;
    private final LocalDate termStart;
    private final Set<String> unionCodes;
    private final BiPredicate<NationalId, String> alreadyEnrolled;
    /** How a 基层工会 cell may name the enrolling union: its code or its name (empty: the column is not checked). */
    private final Set<String> ownUnionNames;
    /** The first row of each member and plan so far: a list checked in chunks still finds its duplicates. */
    private final Map<String, Integer> firstRowOf = new HashMap<>();

    /**
     * @param unionCodes      the enrolling union's code and the codes above it (plans scoped to a subtree)
     * @param alreadyEnrolled whether the member already has this plan for this term
     */
    public EnrolmentListCheck(EnrolmentRules rules, LocalDate termStart, Set<String> unionCodes,
                              BiPredicate<NationalId, String> alreadyEnrolled) {
        this(rules, termStart, unionCodes, null, null, alreadyEnrolled);
    }

    /**
     * A check that also compares a 基层工会 column with the enrolling union.
     *
     * @param unionCode the enrolling union's code
     * @param unionName its name
     */
    public EnrolmentListCheck(EnrolmentRules rules, LocalDate termStart, Set<String> unionCodes, String unionCode,
                              String unionName, BiPredicate<NationalId, String> alreadyEnrolled) {
        this.rules = rules;
        this.termStart = termStart;
        this.unionCodes = Set.copyOf(unionCodes);
        this.alreadyEnrolled = alreadyEnrolled;
        Set<String> own = new java.util.HashSet<>();
        if (unionCode != null) {
            own.add(comparable(unionCode));
        }
        if (unionName != null) {
            own.add(comparable(unionName));
            own.add(comparable(unionName.replaceFirst("工会$", "")));
        }
        this.ownUnionNames = Set.copyOf(own);
    }

    /**
     * The good rows, the errors of the bad ones, and the rows whose 基层工会 names another union than the one the
     * list is uploaded for (a warning: the clerk may have mixed in another union's staff, whom enrolling would
     * move to this union).
     */
    public record Result(List<CheckedRow> good, List<RowError> errors, List<Integer> otherUnionRows) {
        public Result {
            good = List.copyOf(good);
            errors = List.copyOf(errors);
            otherUnionRows = List.copyOf(otherUnionRows);
        }
    }

    public Result check(List<EnrolmentRow> rows) {
        return check(rows, alreadyEnrolled);
    }

    /**
     * Checks the next chunk of a list, after the chunks before it, with what the registry says of this
     * chunk's members (fetched for the whole chunk at once).
     */
    public Result check(List<EnrolmentRow> rows, BiPredicate<NationalId, String> enrolledBefore) {
        List<CheckedRow> good = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        List<Integer> otherUnion = new ArrayList<>();
        for (EnrolmentRow row : rows) {
            if (namesAnotherUnion(row)) {
                otherUnion.add(row.rowNumber());
            }
            List<RowError> rowErrors = new ArrayList<>();
            Optional<CheckedRow> checked = check(row, rowErrors, enrolledBefore);
            if (rowErrors.isEmpty() && checked.isPresent()) {
                good.add(checked.get());
            }
            errors.addAll(rowErrors);
        }
        return new Result(good, errors, otherUnion);
    }

    private boolean namesAnotherUnion(EnrolmentRow row) {
        String union = row.union() == null ? "" : comparable(row.union());
        return !ownUnionNames.isEmpty() && !union.isEmpty() && !ownUnionNames.contains(union);
    }

    /** Spaces, full-width brackets and letter case are how one union's name is written differently. */
    private static String comparable(String text) {
        return text.replaceAll("\\s+", "").replace('（', '(').replace('）', ')').toLowerCase(java.util.Locale.ROOT);
    }

    private Optional<CheckedRow> check(EnrolmentRow row, List<RowError> errors,
                                       BiPredicate<NationalId, String> enrolledBefore) {
        int n = row.rowNumber();
        Set<String> refused = RowFormat.check(row, errors);
        if (row.name().isBlank()) {
            errors.add(new RowError(n, "name", "REQUIRED", "姓名不能为空", "the name is missing"));
        }
        NationalId id = refused.contains("idNumber") ? null : nationalId(row, errors);
        if (id != null) {
            IdAgreement.check(row, id, errors, refused);
        }
        String unitsText = row.units().isBlank() ? "1" : row.units().strip();
        int units = unitsText.matches("[0-9]{1,3}") ? Integer.parseInt(unitsText) : -1;
        if (units < 0 && !refused.contains("units")) {
            errors.add(unitsText.chars().anyMatch(c -> c >= 0xFF10 && c <= 0xFF19)
                    ? new RowError(n, "units", "FULL_WIDTH_DIGITS", "含全角数字，请改为半角", "full-width digits: use half-width")
                    : new RowError(n, "units", "UNITS_NUMBER", "份数应为整数", "units must be a whole number"));
        }
        if (id == null || units < 0 || refused.contains("plan")) {
            return Optional.empty();
        }
        String key = id.value() + "|" + row.planCode();
        Integer first = firstRowOf.putIfAbsent(key, n);
        if (first != null) {
            errors.add(new RowError(n, "idNumber", "DUPLICATE_IN_FILE", "与第" + first + "行重复（同一会员、同一计划）",
                    "same member and plan as row " + first));
        } else if (enrolledBefore.test(id, row.planCode())) {
            errors.add(new RowError(n, "idNumber", "ALREADY_ENROLLED", "该会员本期已参加此计划",
                    "the member is already enrolled in this plan for this term"));
        }
        rules.refusal(row.planCode(), units, new EnrolmentRules.Applicant(id.gender(), id.birthDate(), "ACTIVE", false,
                unionCodes), termStart).ifPresent(r -> errors.add(new RowError(n, r.field(), "PLAN_RULE", r.zh(), r.en())));
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CheckedRow(n, row.name().strip(), id, row.phone().strip(), row.cardNo().strip(),
                row.planCode(), units, rules.feeFen(row.planCode(), units, termStart)));
    }

    private static NationalId nationalId(EnrolmentRow row, List<RowError> errors) {
        try {
            return NationalId.parse(row.idNumber());
        } catch (InvalidNationalIdException e) {
            errors.add(new RowError(row.rowNumber(), "idNumber", e.rule().name(), e.messageZh(), e.messageEn()));
            return null;
        }
    }
}
