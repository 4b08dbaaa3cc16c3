package org.huzhu.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huzhu.app.it.PayoutFixtures.count;
import static org.huzhu.app.it.PayoutFixtures.killServer;
import static org.huzhu.app.it.PayoutFixtures.startServer;

import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A crash during a grab loses no won ticket and makes none twice. The server is killed (SIGKILL) three times:
 * while a grab's transaction waits on the pool (a test connection holds the giveaway's row, which the grab's batch
 * locks before it reads or writes anything: nothing of it may survive, and the same attempt retried after the
 * restart wins once); right after a grab was answered (its retry after the restart answers
 * the same ticket); and in the middle of a storm of grabs from two members (every attempt retried after the
 * restart until answered: the tickets are exactly the attempts answered WON, one per attempt, nobody above the
 * limit, the pool = quota - live tickets).
 */
class GrabCrashIT {

    private static final String MEMBER = GiveawayIT.MEMBER;
    private static final String MEMBER_2 = GiveawayIT.MEMBER_2;
    private static final int QUOTA = 100;
    private static final int LIMIT = 15;

    @Test
    void a_grab_cut_short_by_a_crash_leaves_nothing_and_its_retry_wins_once() throws Exception {
        Platform.awaitReady();
        long id = GiveawayIT.create("电影票 崩溃", QUOTA, LIMIT, LocalDateTime.now().minusMinutes(1), 30, "");
        Api.token(MEMBER);
        Api.token(MEMBER_2);

        // 1. The grab waits on the pool row inside its transaction when the server dies.
        String cut = "crash-waiting-" + System.nanoTime();
        try (Connection lock = Platform.database()) {
            lock.setAutoCommit(false);
            lock.createStatement().executeQuery("SELECT id FROM giveaway WHERE id = " + id + " FOR UPDATE").close();
            CompletableFuture<Api.Reply> waiting = CompletableFuture.supplyAsync(() -> GiveawayIT.grab(MEMBER, id, cut,
                    null));
            awaitLockWait();
            killServer();
            assertThat(answered(waiting)).as("the cut grab got no answer").isFalse();
            lock.rollback();
        }
        assertThat(tickets(id, cut)).as("nothing of the cut grab survives").isZero();
        assertThat(remaining(id)).isEqualTo(QUOTA);
        startServer();
        String won = ticketOf(GiveawayIT.grab(MEMBER, id, cut, null));
        assertThat(ticketOf(GiveawayIT.grab(MEMBER, id, cut, null))).as("retried again: the same ticket").isEqualTo(won);
        assertThat(tickets(id, cut)).isEqualTo(1);

        // 2. The server dies right after a grab was answered: its retry answers the same ticket.
        String answered = "crash-after-" + System.nanoTime();
        String first = ticketOf(GiveawayIT.grab(MEMBER_2, id, answered, null));
        killServer();
        startServer();
        assertThat(ticketOf(GiveawayIT.grab(MEMBER_2, id, answered, null))).isEqualTo(first);
        assertThat(tickets(id, answered)).isEqualTo(1);
        assertConsistent(id, 2);

        // 3. A storm of new attempts from both members, the server killed in its middle; each attempt retried
        //    after the restart until it is answered.
        List<String> keys = new java.util.ArrayList<>();
        for (int i = 0; i < 2 * (LIMIT + 5); i++) { // five attempts a member beyond the limit
            keys.add("storm-" + i + "-" + System.nanoTime());
        }
        ExecutorService senders = Executors.newFixedThreadPool(16);
        try {
            List<CompletableFuture<Api.Reply>> storm = new java.util.ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                String key = keys.get(i);
                String member = i % 2 == 0 ? MEMBER : MEMBER_2;
                storm.add(CompletableFuture.supplyAsync(() -> GiveawayIT.grab(member, id, key, null), senders));
                if (i == keys.size() / 2) {
                    killServer();
                }
            }
            for (CompletableFuture<Api.Reply> f : storm) {
                answered(f);
            }
        } finally {
            senders.shutdown();
        }
        startServer();
        Set<String> wonKeys = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            Api.Reply reply = GiveawayIT.grab(i % 2 == 0 ? MEMBER : MEMBER_2, id, keys.get(i), null);
            String outcome = GiveawayIT.outcome(reply);
            assertThat(outcome).isIn("WON", "LIMIT_REACHED");
            if (outcome.equals("WON")) {
                wonKeys.add(keys.get(i));
                assertThat(codes.add(reply.json().get("ticket").get("code").asText())).as("one ticket per attempt")
                        .isTrue();
                assertThat(tickets(id, keys.get(i))).isEqualTo(1);
            } else {
                assertThat(tickets(id, keys.get(i))).isZero();
            }
        }
        assertThat(wonKeys).as("each member up to the limit (one ticket each from before)").hasSize(2 * LIMIT - 2);
        assertConsistent(id, 2 + wonKeys.size());
    }

    /** Waits until some transaction waits for a lock (the grab, on the giveaway row). */
    private static void awaitLockWait() throws Exception {
        for (int i = 0; i < 100; i++) {
            if (count("SELECT COUNT(*) FROM information_schema.innodb_trx WHERE trx_state = 'LOCK WAIT'") > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the grab never waited on the pool");
    }

    /** Whether the call came back with an answer; a call cut by the crash fails instead. */
    private static boolean answered(CompletableFuture<Api.Reply> call) throws InterruptedException {
        try {
            call.get(2, TimeUnit.MINUTES);
            return true;
        } catch (ExecutionException cut) {
            return false;
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("a grab neither answered nor failed", e);
        }
    }

    private static String ticketOf(Api.Reply reply) {
        assertThat(GiveawayIT.outcome(reply)).as(reply.body()).isEqualTo("WON");
        return reply.json().get("ticket").get("code").asText();
    }

    private static long tickets(long id, String key) throws Exception {
        return count("SELECT COUNT(*) FROM giveaway_ticket WHERE giveaway_id = " + id + " AND idempotency_key = '"
                + key + "'");
    }

    private static long remaining(long id) throws Exception {
        return count("SELECT remaining FROM giveaway WHERE id = " + id);
    }

    /** The pool is the quota less the live tickets, which are {@code live}, nobody holding more than the limit. */
    private static void assertConsistent(long id, int live) throws Exception {
        assertThat(count("SELECT COUNT(*) FROM giveaway_ticket WHERE giveaway_id = " + id + " AND status <> 'RELEASED'"))
                .isEqualTo(live);
        assertThat(remaining(id)).isEqualTo(QUOTA - live);
        assertThat(count("SELECT COALESCE(MAX(n), 0) FROM (SELECT COUNT(*) n FROM giveaway_ticket WHERE giveaway_id = "
                + id + " AND status <> 'RELEASED' GROUP BY member_id) x")).isLessThanOrEqualTo(LIMIT);
        assertThat(count("SELECT COUNT(*) FROM (SELECT idempotency_key FROM giveaway_ticket WHERE giveaway_id = " + id
                + " GROUP BY member_id, idempotency_key HAVING COUNT(*) > 1) x")).as("no attempt twice").isZero();
    }
}
