package org.huzhu.payouts.api;

import java.util.List;
import java.util.Optional;

/**
 * The current tenant's payout runs, for office staff (office admin, claims officer). A run pays every module's
 * approved payables ({@link PayableSource}, one per {@link PayableKind}). Every event of a run is written to the
 * run's own history ({@link #events}) in the transaction that makes it.
 */
public interface PayoutRuns {

    /** The largest bank result file taken. */
    int MAX_RESULT_BYTES = 15 << 20; // kept in a MEDIUMTEXT column (16 MB)


    /** The newest runs first, at most {@code limit} (capped at 200). */
    List<PayoutRunView> recent(int limit);

    Optional<PayoutRunView> find(long runId);

    /** A page of a run's payments in id order; {@code status} PENDING, PAID or FAILED, or null for all. */
    List<PaymentView> payments(long runId, String status, int offset, int limit);

    /** Failed payments of all runs, newest first: the payables whose card a clerk must mend. */
    List<PaymentView> failedPayments(int limit);

    /**
     * Gathers now: creates a run and gathers every source's approved payables on no run into it in the background.
     *
     * @throws org.huzhu.tenancy.api.Refused (409) when another run of the tenant is still gathering
     */
    PayoutRunView create();

    /**
     * The second person's approval of a gathered run.
     *
     * @throws org.huzhu.tenancy.api.Refused (409) when the caller created the run or the run is not waiting for approval
     */
    PayoutRunView approve(long runId);

    /**
     * The bank's direct-payout file of an approved run, written now (card numbers decrypted for it, never
     * stored); its SHA-256 and that it was issued are recorded in the run.
     *
     * @throws org.huzhu.tenancy.api.Refused (409) when the run is not approved, already has results, or a member has no card on file
     */
    BankFile bankFile(long runId);

    /**
     * Takes the bank's result file: malformed lines and unknown references are reported with their line
     * number and change nothing; the others are applied in the background, a chunk at a time. The same file
     * imported again changes nothing and answers the earlier import.
     *
     * @throws org.huzhu.tenancy.api.Refused (409) when no bank file was issued for the run
     */
    ResultImportView importResult(long runId, byte[] content);

    /** A run's result imports, newest first. */
    List<ResultImportView> resultImports(long runId);

    /** Gathers a run whose gathering FAILED on a passing problem again, from the payables still on no run (409 else). */
    PayoutRunView retryGathering(long runId);

    /** The run's history, oldest first. */
    List<PayoutRunEventView> events(long runId);
}
