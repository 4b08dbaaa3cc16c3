package org.huzhu.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huzhu.app.it.PayoutFixtures.ADMIN;
import static org.huzhu.app.it.PayoutFixtures.OFFICER;
import static org.huzhu.app.it.PayoutFixtures.TENANT;
import static org.huzhu.app.it.PayoutFixtures.assertConsistent;
import static org.huzhu.app.it.PayoutFixtures.count;
import static org.huzhu.app.it.PayoutFixtures.killServer;
import static org.huzhu.app.it.PayoutFixtures.startServer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The server is killed (SIGKILL) five times in the middle of one payout run and started again each time:
 * while gathering chunk 2 and chunk 5, the last (a test connection holds a row lock on a claim of that chunk, so
 * the job waits there with the chunks before it committed; chunks are written two at a time, the older on the
 * job's thread, so chunk 1 commits beside a waiting chunk 2, and chunk 4 beside a waiting chunk 5), after gathering before approval, right after the bank
 * file was issued, and while the bank result is applied in its second chunk. The run then finishes, and every
 * claim is in exactly one PAID payment, the run's total the sum of its claims' approved amounts.
 */
class PayoutCrashIT {

    /** Claims gathered per chunk (PayoutStore.CHUNK). */
    private static final int CHUNK = 5_000;
    /** Result lines applied per chunk (PayoutRunner.RESULT_CHUNK). */
    private static final int RESULT_CHUNK = 1_000;
    private static final int CLAIMS = 4 * CHUNK + CHUNK / 2;

    @Test
    void a_run_killed_five_times_finishes_with_every_claim_paid_once() throws Exception {
        // The oldest due dates of the tenant, a day per chunk: chunk k is the claims due on day k.
        List<PayoutFixtures.Claim> claims = PayoutFixtures.approvedClaims(CLAIMS, LocalDate.of(1999, 1, 1), CHUNK,
                i -> 1_000 + (i % 97) * 133L);
        long runId;

        // 1. While gathering chunk 2.
        try (Connection lock = Platform.database()) {
            lock.setAutoCommit(false);
            lockClaim(lock, claims.get(CHUNK + 500).id());
            Api.Reply created = Api.post(ADMIN, "/api/v1/payout-runs", "");
            assertThat(created.status()).as(created.body()).isEqualTo(202);
            runId = created.json().get("id").asLong();
            PayoutFixtures.waitForCount("SELECT gathered_chunks FROM payout_run WHERE id = " + runId, 1);
            Thread.sleep(1_500);
            assertThat(count("SELECT gathered_chunks FROM payout_run WHERE id = " + runId)).isEqualTo(1);
            killServer();
            lock.rollback();
        }
        assertConsistent(runId);
        assertThat(count("SELECT payment_count FROM payout_run WHERE id = " + runId)).isEqualTo(CHUNK);

        // 2. While gathering chunk 5: the resumed job commits chunks 2, 3 and 4, then waits on the lock.
        try (Connection lock = Platform.database()) {
            lock.setAutoCommit(false);
            lockClaim(lock, claims.get(4 * CHUNK + 10).id());
            startServer();
            PayoutFixtures.waitForCount("SELECT gathered_chunks FROM payout_run WHERE id = " + runId, 4);
            Thread.sleep(1_500);
            assertThat(count("SELECT gathered_chunks FROM payout_run WHERE id = " + runId)).isEqualTo(4);
            assertThat(count("SELECT status = 'GATHERING' FROM payout_run WHERE id = " + runId)).isEqualTo(1);
            killServer();
            lock.rollback();
        }
        assertConsistent(runId);
        assertThat(count("SELECT payment_count FROM payout_run WHERE id = " + runId)).isEqualTo(4 * CHUNK);

        // 3. After gathering, before approval.
        startServer();
        PayoutFixtures.waitForStatus(runId, "GATHERED");
        assertConsistent(runId);
        killServer();
        startServer();
        assertThat(PayoutFixtures.run(ADMIN, runId).get("run").get("status").asText()).isEqualTo("GATHERED");
        assertThat(Api.post(OFFICER, "/api/v1/payout-runs/" + runId + "/approval", "").status()).isEqualTo(200);
        PayoutFixtures.mendMissingCards(runId);

        // 4. Right after the bank file was issued.
        String file = PayoutFixtures.bankFile(OFFICER, runId);
        killServer();
        startServer();
        var issued = PayoutFixtures.run(ADMIN, runId).get("run");
        assertThat(issued.get("status").asText()).isEqualTo("FILE_ISSUED");
        assertThat(issued.get("fileSha256").asText()).hasSize(64);
        List<String[]> details = PayoutFixtures.details(file);
        assertThat(details).hasSize(issued.get("paymentCount").asInt());
        assertThat(details.size()).isGreaterThanOrEqualTo(CLAIMS);

        // 5. While the result is applied in its second chunk: the claim of result line 1,501 is locked.
        StringBuilder result = new StringBuilder();
        details.forEach(d -> result.append(d[2]).append("|S|C").append(d[1]).append("|\n"));
        String lockedLine = details.get(RESULT_CHUNK + 500)[2];
        long lockedClaim = Long.parseLong(lockedLine.substring(lockedLine.indexOf('-') + 1));
        try (Connection lock = Platform.database()) {
            lock.setAutoCommit(false);
            lockClaim(lock, lockedClaim);
            Api.Reply taken = PayoutFixtures.postResult(ADMIN, runId, result.toString());
            assertThat(taken.status()).as(taken.body()).isEqualTo(202);
            long importId = taken.json().get("id").asLong();
            PayoutFixtures.waitForCount("SELECT applied_lines FROM payout_result_import WHERE id = " + importId,
                    RESULT_CHUNK);
            Thread.sleep(1_500);
            assertThat(count("SELECT applied_lines FROM payout_result_import WHERE id = " + importId))
                    .isEqualTo(RESULT_CHUNK);
            killServer();
            lock.rollback();
        }
        assertThat(count("SELECT paid_count FROM payout_run WHERE id = " + runId)).isEqualTo(RESULT_CHUNK);
        assertThat(count("SELECT COUNT(*) FROM payout_payment WHERE status = 'PAID' AND run_id = " + runId))
                .isEqualTo(RESULT_CHUNK);
        assertThat(count("SELECT COUNT(*) FROM claim WHERE status = 'PAID' AND payout_run_id = " + runId))
                .as("claims paid with their payments, nothing of the chunk cut off").isEqualTo(RESULT_CHUNK);
        startServer();
        PayoutFixtures.waitForStatus(runId, "SETTLED");

        assertConsistent(runId);
        String mine = "(" + String.join(",", claims.stream().map(c -> Long.toString(c.id())).toList()) + ")";
        assertThat(count("SELECT COUNT(*) FROM claim WHERE status = 'PAID' AND payout_run_id = " + runId + " AND id IN "
                + mine)).as("every claim of the test paid on the run").isEqualTo(CLAIMS);
        assertThat(count("SELECT COUNT(*) FROM (SELECT source_id FROM payout_payment WHERE status = 'PAID' AND "
                + "payable_kind = 'CLAIM' AND source_id IN " + mine + " GROUP BY source_id HAVING COUNT(*) = 1) once"))
                .isEqualTo(CLAIMS);
        assertThat(count("SELECT COUNT(*) FROM payout_payment WHERE payable_kind = 'CLAIM' AND source_id IN " + mine))
                .isEqualTo(CLAIMS);
        // Approved payables of other kinds (relief, loans, campaigns) left by other tests may share the run.
        assertThat(count("SELECT SUM(approved_fen) FROM claim WHERE payout_run_id = " + runId))
                .as("the claims' approved amounts are what their payments carry")
                .isEqualTo(count("SELECT SUM(amount_fen) FROM payout_payment WHERE payable_kind = 'CLAIM' AND run_id = "
                        + runId));
        assertThat(count("SELECT total_fen FROM payout_run WHERE id = " + runId)).as("the whole run paid")
                .isEqualTo(count("SELECT paid_fen FROM payout_run WHERE id = " + runId));
        assertThat(count("SELECT COUNT(*) FROM payout_payment WHERE run_id = " + runId + " AND status <> 'PAID'"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM payout_run_event WHERE tenant_id = '" + TENANT + "' AND run_id = "
                + runId + " AND event = 'SETTLED'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM payout_run_event WHERE run_id = " + runId + " AND event = 'GATHERED'"))
                .as("gathered once, though killed twice while gathering").isEqualTo(1);
    }

    private static void lockClaim(Connection lock, long claimId) throws java.sql.SQLException {
        try (ResultSet r = lock.createStatement().executeQuery("SELECT id FROM claim WHERE id = " + claimId
                + " FOR UPDATE")) {
            assertThat(r.next()).isTrue();
        }
    }
}
