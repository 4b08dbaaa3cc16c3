package org.huzhu.enrolment.domain;

import org.huzhu.kernel.identity.NationalId;

/** A row that passed every check, ready to be enrolled: the fee is that of the version in force, in fen. */
public record CheckedRow(int rowNumber, String name, NationalId idNumber, String phone, String cardNo, String planCode,
                         int units, long feeFen) {
}
