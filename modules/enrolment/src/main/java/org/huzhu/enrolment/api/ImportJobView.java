package org.huzhu.enrolment.api;

import java.util.List;
import org.huzhu.tenancy.api.Translations.JobFailureText;

/**
 * An enrolment import as the clerk follows it: status, progress (rows checked or submitted of the total,
 * the total being known once the whole file has been read), counts, the fee and what has been paid.
 * Amounts are yuan with two decimals, as text. A FAILED list has its {@code failure}: why, in both languages,
 * and whether a retry may help (else the clerk uploads a corrected file). Once checked: the participation rule
 * per plan, the warnings the clerk confirms before submitting, and whether the list can be submitted (and so
 * get its fee statement).
 */
public record ImportJobView(long id, long unionId, String unionCode, String termStart, String fileName,
                            String status, int totalRows, int checkedRows, int goodRows, int badRows,
                            int submittedRows, int enrolledRows, String fee, String paid, String paidInFullOn,
                            String coverStart, JobFailureText failure, String createdBy, String createdAt,
                            List<PlanTotalView> totals, List<ParticipationView> participation,
                            List<ImportWarning> warnings, boolean submittable) {

    public ImportJobView {
        totals = List.copyOf(totals);
        participation = List.copyOf(participation);
        warnings = List.copyOf(warnings);
    }

    /** The good rows of one plan. */
    public record PlanTotalView(String planCode, String planName, int members, int units, String fee) {
    }

    /**
     * The participation rule for one plan of the list: who counts ({@code ALL_STAFF}, or {@code FEMALE_STAFF}
     * for a plan open only to women), how many of them there are, how many are enrolled (by earlier lists and by
     * this one) and how many are needed.
     */
    public record ParticipationView(String planCode, String planName, String whoCounts, int staff,
                                    int enrolledBefore, int inList, int enrolled, int needed, boolean met) {
    }
}
