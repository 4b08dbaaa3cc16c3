package org.huzhu.enrolment.domain;

/** One line of an enrolment list as the clerk wrote it (all text: nothing is trusted before the checks). */
public record EnrolmentRow(int rowNumber, String name, String idNumber, String phone, String cardNo, String planCode,
                           String units, String gender, String birthDate) {

    /** A row from a list without the optional gender and birth date columns (HR exports often lack them). */
    public EnrolmentRow(int rowNumber, String name, String idNumber, String phone, String cardNo, String planCode,
                        String units) {
        this(rowNumber, name, idNumber, phone, cardNo, planCode, units, "", "");
    }
}
