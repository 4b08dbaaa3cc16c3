package org.huzhu.payouts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PayoutRunTest {

    /** A run of three payments (100.00 each) whose bank file is out and whose results are coming in. */
    private static PayoutRun settling() {
        PayoutRun run = PayoutRun.manual(LocalDate.of(2026, 11, 26), "beijing-admin");
        run.gathered(3, 30_000);
        run.gatheringFinished();
        run.approve("beijing-claims-officer");
        run.fileIssued("ab12", "beijing-claims-officer");
        run.settling();
        return run;
    }

    @Test
    void a_result_file_that_settles_every_payment_settles_the_run() {
        PayoutRun run = settling();
        run.paid(2, 20_000);
        run.failed(1, 10_000);
        run.resultApplied(false);
        assertThat(run.status()).isEqualTo(RunStatus.SETTLED);
    }

    @Test
    void with_payments_still_pending_the_run_waits_for_more_results() {
        PayoutRun run = settling();
        run.paid(2, 20_000);
        run.resultApplied(false);
        assertThat(run.status()).isEqualTo(RunStatus.FILE_ISSUED);
    }

    @Test
    void of_two_files_imported_at_once_the_one_finishing_last_settles_the_run() {
        PayoutRun run = settling();
        run.settling(); // the second file comes in while the first is being applied
        run.paid(2, 20_000); // the first file's lines
        run.resultApplied(true); // the first finishes; the second is still being applied
        assertThat(run.status()).isEqualTo(RunStatus.SETTLING);
        run.paid(1, 10_000); // the second file's line
        run.resultApplied(false);
        assertThat(run.status()).isEqualTo(RunStatus.SETTLED);
        assertThat(run.pendingCount()).isZero();
    }
}
