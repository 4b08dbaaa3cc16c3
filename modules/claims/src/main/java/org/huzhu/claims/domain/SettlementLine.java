package org.huzhu.claims.domain;

import java.time.LocalDate;
import org.huzhu.kernel.identity.NationalId;

/**
 * One hospital stay as the medical-insurance settlement file states it, read and checked for form. Amounts in
 * fen; the self-paid amount is what secondary reimbursement (二次报销) refunds part of. {@code toString} masks
 * the national ID.
 */
public record SettlementLine(int lineNo, String settlementNo, NationalId idNumber, String name, String hospital,
                             LocalDate admission, LocalDate discharge, long totalFen, long basicFen, long selfPaidFen,
                             LocalDate settledOn) {

    @Override
    public String toString() {
        return "SettlementLine[line " + lineNo + ", " + settlementNo + ", " + idNumber.masked() + "]";
    }
}
