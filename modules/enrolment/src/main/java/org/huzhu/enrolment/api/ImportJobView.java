package org.huzhu.enrolment.api;

import java.util.List;
import org.huzhu.tenancy.api.Translations.JobFailureText;

/**
 * An enrolment import as the clerk follows it: status, progress (rows checked or submitted of the total,
 * the total being known once the whole file has been read), counts, the fee and what has been paid.
 * Amounts are yuan with two decimals, as text. A FAILED list has its {@code failure}: why, in both languages,
 * and whether a retry may help (else the clerk uploads a corrected file).
 */
public record ImportJobView(long id, long unionId, String unionCode, String termStart, String fileName,
                            String status, int totalRows, int checkedRows, int goodRows, int badRows,
                            int submittedRows, int enrolledRows, String fee, String paid, String paidInFullOn,
                            String coverStart, JobFailureText failure, String createdBy, String createdAt,
                            List<PlanTotalView> totals) {

    /** The good rows of one plan. */
    public record PlanTotalView(String planCode, String planName, int members, int units, String fee) {
    }
}
