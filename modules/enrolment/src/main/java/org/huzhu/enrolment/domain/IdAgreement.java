package org.huzhu.enrolment.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.huzhu.kernel.identity.Gender;
import org.huzhu.kernel.identity.NationalId;

/**
 * A list that also states gender and birth date must agree with the national ID, which encodes both: a
 * mismatch is most often a row shifted against its ID, which would enrol the wrong person.
 */
final class IdAgreement {

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("uuuu/M/d"), DateTimeFormatter.ofPattern("uuuu-M-d"),
            DateTimeFormatter.ofPattern("uuuuMMdd"), DateTimeFormatter.ofPattern("uuuu年M月d日"));

    private IdAgreement() {
    }

    /** @param refused fields already refused for their form (too long): not read again */
    static void check(EnrolmentRow row, NationalId id, List<RowError> errors, Set<String> refused) {
        int n = row.rowNumber();
        String gender = row.gender() == null || refused.contains("gender") ? ""
                : row.gender().strip().toLowerCase(Locale.ROOT);
        if (!gender.isEmpty()) {
            Gender stated = switch (gender) {
                case "男", "m", "male" -> Gender.MALE;
                case "女", "f", "female" -> Gender.FEMALE;
                default -> null;
            };
            if (stated == null) {
                errors.add(new RowError(n, "gender", "GENDER_VALUE", "性别应为“男”或“女”", "gender is 男 or 女 (M or F)"));
            } else if (stated != id.gender()) {
                errors.add(new RowError(n, "gender", "GENDER_NOT_ID", "性别与身份证号不符",
                        "the gender does not match the national ID"));
            }
        }
        String birth = row.birthDate() == null || refused.contains("birthDate") ? "" : row.birthDate().strip();
        if (!birth.isEmpty()) {
            LocalDate stated = parse(birth);
            if (stated == null) {
                errors.add(new RowError(n, "birthDate", "BIRTH_DATE_FORMAT", "出生日期应写作如1985-03-04",
                        "a birth date is written like 1985-03-04"));
            } else if (!stated.equals(id.birthDate())) {
                errors.add(new RowError(n, "birthDate", "BIRTH_DATE_NOT_ID", "出生日期与身份证号不符",
                        "the birth date does not match the national ID"));
            }
        }
    }

    private static LocalDate parse(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        return null;
    }
}
