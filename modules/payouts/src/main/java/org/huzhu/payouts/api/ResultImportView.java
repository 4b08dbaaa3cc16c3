package org.huzhu.payouts.api;

import java.util.List;
import org.huzhu.tenancy.api.Translations.JobFailureText;

/**
 * A bank result file taken for a run: RECEIVED while its lines are applied, DONE after, FAILED (with its
 * {@code failure}; the same file may then be imported again) when it cannot finish. {@code repeated} is
 * true when the same file had been imported before (nothing changed). Problems are the lines that changed
 * nothing, with their line number and why.
 */
public record ResultImportView(long id, long runId, String status, boolean repeated, int totalLines,
                               int validLines, int appliedLines, int paid, int failed, int unchanged,
                               List<LineProblem> problems, JobFailureText failure) {

    /** A line of a file that changed nothing: why, as a code, and in Chinese ({@code reason}, {@code zh}) and English. */
    public record LineProblem(int lineNo, String reason, String code, String zh, String en) {
    }
}
