package org.huzhu.payouts.api;

import org.huzhu.tenancy.api.Translations.JobFailureText;

/**
 * A payout run with its totals: amounts as yuan text ("1234.50") and in fen. {@code pendingCount} payments
 * wait for the bank's result; {@code total} always equals the sum of the run's payments. A FAILED run (its
 * gathering gave up) has its {@code failure} in both languages.
 */
public record PayoutRunView(long id, String status, String trigger, String payoutDate, String createdBy,
                            String createdAt, int gatheredChunks, int paymentCount, String total, long totalFen,
                            int paidCount, String paid, int failedCount, String failed, int pendingCount,
                            String approvedBy, String approvedAt, String fileSha256, String fileIssuedBy,
                            String fileIssuedAt, int fileIssues, String settledAt, JobFailureText failure) {
}
