package org.huzhu.payouts.api;

/**
 * One line of a run's history, oldest first: the event's code (CREATED, GATHERED, GATHERING_FAILED,
 * GATHERING_RETRIED, APPROVED, FILE_ISSUED, RESULT_IMPORTED, RESULT_FAILED, SETTLED; translated where shown), who
 * and when, the run's status before and after, and its counters at that moment (null on lines kept from before
 * runs had their own history). {@code importId} names the result file of a RESULT_ event, {@code fileSha256} the
 * bank file of FILE_ISSUED.
 */
public record PayoutRunEventView(long id, long runId, String event, String actor, String at, String statusBefore,
                                 String statusAfter, Integer paymentCount, String total, Long totalFen,
                                 Integer paidCount, String paid, Long paidFen, Integer failedCount, String failed,
                                 Long failedFen, Long importId, String fileSha256) {
}
