package org.huzhu.claims.api;

import java.util.List;
import java.util.Optional;

/**
 * Medical-insurance settlement files (医保结算导入) that become secondary-reimbursement claims without anyone
 * filing them: each line's member is found by national ID, the claim checked and valued like any other, and
 * an approved one is ready for the payout run. For office admins and claims officers.
 */
public interface SettlementImports {

    /** The largest settlement file taken (1,000,000 lines are about 124 MB). */
    int MAX_FILE_BYTES = 400 << 20;

    /**
     * Stores the file and starts the job; the header is checked at once (a wrong one is refused naming line 1).
     *
     * @throws IllegalArgumentException naming the field
     */
    SettlementImportView start(String planCode, String benefitCode, String fileName, byte[] content);

    Optional<SettlementImportView> find(long importId);

    /** The newest imports, newest first. */
    List<SettlementImportView> recent(int limit);

    /** Tries an import that FAILED on a passing problem again, where it stopped (409 for any other). */
    SettlementImportView retry(long importId);

    /** The bad lines' problems, by line number. */
    List<SettlementLineError> errors(long importId, int offset, int limit);
}
