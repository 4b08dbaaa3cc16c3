package org.huzhu.claims.api;

import org.huzhu.tenancy.api.Translations.JobFailureText;

/**
 * A settlement import as the officer follows it: status (RECEIVED, RUNNING, DONE, FAILED), lines processed of
 * the total, the claims made by outcome, lines already imported before (nothing made twice), bad lines, and the
 * approved amount in yuan; a FAILED one has its failure in both languages and whether a retry may help.
 */
public record SettlementImportView(long id, String planCode, String benefitCode, String fileName, String status,
                                   int totalLines, int processedLines, double progress, int claimsCreated,
                                   int approved, int inReview, int rejected, int alreadyImported, int badLines,
                                   String approvedAmount, JobFailureText failure, String createdBy, String createdAt,
                                   String finishedAt) {
}
