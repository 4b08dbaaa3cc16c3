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
    /** The first row of each member and plan so far: a list checked in chunks still finds its duplicates. */
    private final Map<String, Integer> firstRowOf = new HashMap<>();

    /**
     * @param unionCodes      the enrolling union's code and the codes above it (plans scoped to a subtree)
     * @param alreadyEnrolled whether the member already has this plan for this term
     */
    public EnrolmentListCheck(EnrolmentRules rules, LocalDate termStart, Set<String> unionCodes,
                              BiPredicate<NationalId, String> alreadyEnrolled) {
        this.rules = rules;
        this.termStart = termStart;
        this.unionCodes = Set.copyOf(unionCodes);
        this.alreadyEnrolled = alreadyEnrolled;
    }

    /** The good rows and the errors of the bad ones. */
    public record Result(List<CheckedRow> good, List<RowError> errors) {
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
        for (EnrolmentRow row : rows) {
            List<RowError> rowErrors = new ArrayList<>();
            Optional<CheckedRow> checked = check(row, rowErrors, enrolledBefore);
            if (rowErrors.isEmpty() && checked.isPresent()) {
                good.add(checked.get());
            }
            errors.addAll(rowErrors);
        }
        return new Result(good, errors);
    }

    private Optional<CheckedRow> check(EnrolmentRow row, List<RowError> errors,
                                       BiPredicate<NationalId, String> enrolledBefore) {
        int n = row.rowNumber();
        if (row.name().isBlank()) {
            errors.add(new RowError(n, "name", "REQUIRED", "姓名不能为空", "the name is missing"));
        }
        NationalId id = nationalId(row, errors);
        if (id != null) {
            IdAgreement.check(row, id, errors);
        }
        String phone = digits(row.phone(), n, "phone", errors);
        if (phone != null && !phone.isEmpty() && !phone.matches("1\\d{10}")) {
            errors.add(new RowError(n, "phone", "PHONE_11_DIGITS", "手机号应为以1开头的11位数字", "a mobile number is 11 digits starting with 1"));
        }
        String unitsText = digits(row.units().isBlank() ? "1" : row.units(), n, "units", errors);
        int units = unitsText == null || !unitsText.matches("\\d{1,3}") ? -1 : Integer.parseInt(unitsText);
        if (unitsText != null && units < 0) {
            errors.add(new RowError(n, "units", "UNITS_NUMBER", "份数应为整数", "units must be a whole number"));
        }
        if (id == null || units < 0) {
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
        return Optional.of(new CheckedRow(n, row.name().strip(), id, phone, row.cardNo().strip(), row.planCode(), units,
                rules.feeFen(row.planCode(), units, termStart)));
    }

    private static NationalId nationalId(EnrolmentRow row, List<RowError> errors) {
        try {
            return NationalId.parse(row.idNumber());
        } catch (InvalidNationalIdException e) {
            errors.add(new RowError(row.rowNumber(), "idNumber", e.rule().name(), e.messageZh(), e.messageEn()));
            return null;
        }
    }

    /** The text if it is half-width digits; full-width digits get their own message (a common paste from Word). */
    private static String digits(String text, int n, String field, List<RowError> errors) {
        String value = text == null ? "" : text.strip();
        if (value.chars().anyMatch(c -> c >= 0xFF10 && c <= 0xFF19)) {
            errors.add(new RowError(n, field, "FULL_WIDTH_DIGITS", "含全角数字，请改为半角", "full-width digits: use half-width"));
            return null;
        }
        return value;
    }
}
