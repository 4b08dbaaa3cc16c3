package org.huzhu.enrolment.domain;

import java.util.Set;

/**
 * One line of an enrolment list as the clerk wrote it (all text: nothing is trusted before the checks).
 *
 * @param union         the optional 基层工会 column: which grassroots union the row says the member belongs to
 * @param numericFields the fields whose cell was a number in the workbook (Excel keeps 15 digits of a number):
 *                      the text of such a cell is what is left of the number, not what the clerk typed
 */
public record EnrolmentRow(int rowNumber, String name, String idNumber, String phone, String cardNo, String planCode,
                           String units, String gender, String birthDate, String union, Set<String> numericFields) {

    public EnrolmentRow {
        numericFields = Set.copyOf(numericFields);
    }

    /** A row from a list without the optional gender and birth date columns (HR exports often lack them). */
    public EnrolmentRow(int rowNumber, String name, String idNumber, String phone, String cardNo, String planCode,
                        String units) {
        this(rowNumber, name, idNumber, phone, cardNo, planCode, units, "", "");
    }

    /** A row of text cells (a CSV line, or a sheet without number cells) and no 基层工会 column. */
    public EnrolmentRow(int rowNumber, String name, String idNumber, String phone, String cardNo, String planCode,
                        String units, String gender, String birthDate) {
        this(rowNumber, name, idNumber, phone, cardNo, planCode, units, gender, birthDate, "", Set.of());
    }

    /** Whether the field's cell was a number in the workbook. */
    public boolean numeric(String field) {
        return numericFields.contains(field);
    }
}
