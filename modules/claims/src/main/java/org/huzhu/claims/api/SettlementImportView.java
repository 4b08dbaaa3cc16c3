package org.huzhu.claims.api;

/**
 * A settlement import as the officer follows it: status (RECEIVED, RUNNING, DONE, FAILED), lines processed of
 * the total, the claims made by outcome, lines already imported before (nothing made twice), bad lines, and the
 * approved amount in yuan.
 */
public record SettlementImportView(long id, String planCode, String benefitCode, String fileName, String status,
                                   int totalLines, int processedLines, double progress, int claimsCreated,
                                   int approved, int inReview, int rejected, int alreadyImported, int badLines,
                                   String approvedAmount, String failure, String createdBy, String createdAt,
                                   String finishedAt) {
}
