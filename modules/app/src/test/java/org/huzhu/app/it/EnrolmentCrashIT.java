package org.huzhu.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huzhu.app.it.EnrolmentImportIT.AGENCY_CLERK;
import static org.huzhu.app.it.EnrolmentImportIT.count;
import static org.huzhu.app.it.EnrolmentImportIT.idHash;
import static org.huzhu.app.it.EnrolmentImportIT.post;
import static org.huzhu.app.it.EnrolmentImportIT.unionId;
import static org.huzhu.app.it.EnrolmentImportIT.upload;
import static org.huzhu.app.it.EnrolmentImportIT.waitFor;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.huzhu.tenancy.domain.MemberIdPack;
import org.junit.jupiter.api.Test;

/**
 * The server is killed (SIGKILL, no shutdown) while it enrols a list, then started again: what had
 * committed stays, nothing is half-written, and the job carries on to enrol every good row exactly once.
 * To stop the job at a known place the test holds a lock on the member of row 5,003: the job's third
 * chunk (rows 4,002 to 6,001) waits on it while the first two chunks are committed.
 */
class EnrolmentCrashIT {

    private static final Path WLP = Path.of("target/liberty/wlp");
    /** MariaDB's and MySQL's default innodb_lock_wait_timeout. */
    private static final int LOCK_WAIT_SECONDS = 50;

    @Test
    void a_server_killed_while_enrolling_resumes_after_restart_and_enrols_every_row_once() throws Exception {
        EnrolmentList list = new EnrolmentList(10_000, 40, 7);
        long home = unionId("BJ-DC-004");
        long first = upload(AGENCY_CLERK, home, "2027-03-01", list.bytes()).get("id").asLong();
        waitFor(AGENCY_CLERK, first, "CHECKED");
        post(AGENCY_CLERK, "/api/v1/enrolment-imports/" + first + "/submission?confirm=true");
        waitFor(AGENCY_CLERK, first, "SUBMITTED");

        long moved = unionId("BJ-DC-005");
        long id = upload(AGENCY_CLERK, moved, "2028-03-01", list.bytes()).get("id").asLong();
        waitFor(AGENCY_CLERK, id, "CHECKED");
        String lockedPerson = list.allIds.get(5_001);
        assertThat(list.bad).doesNotContainKey(5_003);
        long goodBeforeLock = java.util.stream.IntStream.range(0, 4_000).filter(i -> !list.bad.containsKey(i + 2)).count();
        try (Connection lock = Platform.database()) {
            lock.setAutoCommit(false);
            lockMember(lock, lockedPerson);
            post(AGENCY_CLERK, "/api/v1/enrolment-imports/" + id + "/submission?confirm=true");
            JsonNode stuck = waitForProgress(id, 4_000);
            assertThat(stuck.get("status").asText()).isEqualTo("SUBMITTING");
            Thread.sleep(1_500);
            assertThat(Api.get(AGENCY_CLERK, "/api/v1/enrolment-imports/" + id).json().get("submittedRows").asInt())
                    .isEqualTo(4_000);
            killServer();
            lock.rollback();
        }
        assertThat(count("SELECT COUNT(*) FROM enrolment WHERE import_id = " + id))
                .as("the committed chunks, nothing of the one cut off").isEqualTo(goodBeforeLock);
        assertThat(count("SELECT submitted_rows FROM enrolment_import WHERE id = " + id)).isEqualTo(4_000);

        startServer();
        JsonNode done = waitFor(AGENCY_CLERK, id, "SUBMITTED");
        assertThat(done.get("enrolledRows").asInt()).isEqualTo(list.goodRows());
        assertThat(count("SELECT COUNT(*) FROM enrolment WHERE import_id = " + id)).isEqualTo(list.goodRows());
        assertThat(count("SELECT COUNT(*) FROM (SELECT member_id, plan_code FROM enrolment WHERE tenant_id = "
                + "'beijing' AND term_start = '2028-03-01' GROUP BY member_id, plan_code HAVING COUNT(*) > 1) d")).isZero();
        assertThat(listedForNotices(id)).as("one notice for each enrolment, none twice, none for the cut chunk")
                .containsExactlyInAnyOrderElementsOf(longs("SELECT member_id FROM enrolment WHERE import_id = " + id));
        assertThat(count("SELECT COUNT(DISTINCT e.member_id) FROM enrolment e JOIN member m ON m.id = e.member_id "
                + "WHERE e.import_id = " + id + " AND m.org_unit_id = " + moved))
                .as("the members moved to their new union and kept their record")
                .isEqualTo(count("SELECT COUNT(DISTINCT member_id) FROM enrolment WHERE import_id = " + first));
    }

    @Test
    void a_job_whose_chunk_times_out_on_a_lock_carries_on_by_itself_without_a_restart() throws Exception {
        EnrolmentList list = new EnrolmentList(6_000, 40, 8);
        long first = upload(AGENCY_CLERK, unionId("BJ-DC-006"), "2027-03-01", list.bytes()).get("id").asLong();
        waitFor(AGENCY_CLERK, first, "CHECKED");
        post(AGENCY_CLERK, "/api/v1/enrolment-imports/" + first + "/submission?confirm=true");
        waitFor(AGENCY_CLERK, first, "SUBMITTED");
        // a demo union (BJ-DC-007, used before, exists only once another IT has registered it)
        long id = upload(AGENCY_CLERK, unionId("BJ-DC-005"), "2028-03-01", list.bytes()).get("id").asLong();
        waitFor(AGENCY_CLERK, id, "CHECKED");
        try (Connection lock = Platform.database()) {
            lock.setAutoCommit(false);
            lockMember(lock, list.allIds.get(5_001));
            post(AGENCY_CLERK, "/api/v1/enrolment-imports/" + id + "/submission?confirm=true");
            waitForProgress(id, 4_000);
            // Longer than the database's lock wait (50 s): the chunk's transaction fails and rolls back.
            Thread.sleep(Duration.ofSeconds(LOCK_WAIT_SECONDS + 5).toMillis());
            assertThat(Api.get(AGENCY_CLERK, "/api/v1/enrolment-imports/" + id).json().get("submittedRows").asInt())
                    .isEqualTo(4_000);
            lock.rollback();
        }
        JsonNode done = waitFor(AGENCY_CLERK, id, "SUBMITTED");
        assertThat(done.get("enrolledRows").asInt()).isEqualTo(list.goodRows());
        assertThat(count("SELECT COUNT(*) FROM enrolment WHERE import_id = " + id)).isEqualTo(list.goodRows());
    }

    /**
     * A chunk's people are registered in one transaction and enrolled in the next, so a server killed between the two
     * leaves new members registered and not enrolled. The test holds the third chunk's first notice row, uncommitted:
     * the enrolling transaction waits on its key after the chunk's new members have been registered. Resumed, the
     * chunk runs again whole: its people, registered by then, are enrolled once, each listed for one notice, and the
     * office's figures (kept by events) count each of them a new member once.
     */
    @Test
    void a_server_killed_between_registering_and_enrolling_a_chunk_enrols_its_new_members_once() throws Exception {
        EnrolmentList list = new EnrolmentList(6_000, 0, 9);
        ReportsIT.recount();
        long id = upload(AGENCY_CLERK, unionId("BJ-DC-006"), "2029-03-01", list.bytes()).get("id").asLong();
        waitFor(AGENCY_CLERK, id, "CHECKED");
        List<String> thirdChunk = list.allIds.subList(4_000, 6_000);
        try (Connection hold = Platform.database()) {
            hold.setAutoCommit(false);
            // the chunk's first list row (in reference order): accident injury, 2 units, term 2029-03-01 to 2030-02-28
            holdNotice(hold, "enrolment-list:" + id + ":6000:accident-injury:2:2030-02-28");
            post(AGENCY_CLERK, "/api/v1/enrolment-imports/" + id + "/submission?confirm=true");
            waitForProgress(id, 4_000);
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (registered(thirdChunk) < thirdChunk.size() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(registered(thirdChunk)).as("the third chunk's people registered").isEqualTo(2_000);
            assertThat(Api.get(AGENCY_CLERK, "/api/v1/enrolment-imports/" + id).json().get("submittedRows").asInt())
                    .isEqualTo(4_000);
            killServer();
            hold.rollback();
        }
        assertThat(count("SELECT COUNT(*) FROM enrolment WHERE import_id = " + id))
                .as("the first two chunks enrolled, nobody of the third").isEqualTo(4_000);

        startServer();
        assertThat(waitFor(AGENCY_CLERK, id, "SUBMITTED").get("enrolledRows").asInt()).isEqualTo(6_000);
        assertThat(count("SELECT COUNT(DISTINCT member_id) FROM enrolment WHERE import_id = " + id)).isEqualTo(6_000);
        assertThat(registered(list.allIds)).as("each person registered once").isEqualTo(6_000);
        assertThat(listedForNotices(id)).as("one notice for each enrolment, none twice")
                .containsExactlyInAnyOrderElementsOf(longs("SELECT member_id FROM enrolment WHERE import_id = " + id));
        ReportsIT.assertIndicatorsMatchTheRecords("after a chunk cut between registering and enrolling its people");
    }

    /** Inserts, uncommitted, an outbox row with the key a chunk's list notice will have: its insert waits on it. */
    private static void holdNotice(Connection hold, String reference) throws java.sql.SQLException {
        try (PreparedStatement s = hold.prepareStatement("INSERT INTO notice_outbox (tenant_id, member_id, channel, "
                + "kind, reference, body, created_at) VALUES ('beijing', 0, 'LIST', 'ENROLMENT', ?, 'held', NOW(3))")) {
            s.setString(1, reference);
            s.executeUpdate();
        }
    }

    /** How many of these people the registry holds (by their keyed hashes). */
    private static long registered(List<String> idNumbers) throws java.sql.SQLException {
        try (Connection c = Platform.database(); PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM member "
                + "WHERE tenant_id = 'beijing' AND id_number_hash IN (" + String.join(", ",
                java.util.Collections.nCopies(idNumbers.size(), "?")) + ")")) {
            for (int i = 0; i < idNumbers.size(); i++) {
                s.setBytes(i + 1, idHash(idNumbers.get(i)));
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static void lockMember(Connection lock, String idNumber) throws java.sql.SQLException {
        try (PreparedStatement s = lock.prepareStatement("SELECT id FROM member WHERE tenant_id = 'beijing' "
                + "AND id_number_hash = ? FOR UPDATE")) {
            s.setBytes(1, idHash(idNumber));
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
            }
        }
    }

    private static JsonNode waitForProgress(long id, int rows) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode job = Api.get(AGENCY_CLERK, "/api/v1/enrolment-imports/" + id).json();
            if (job.get("submittedRows").asInt() >= rows) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("import " + id + " did not reach " + rows + " rows");
    }

    private static void killServer() throws IOException, InterruptedException {
        long pid = Long.parseLong(Files.readString(WLP.resolve("usr/servers/.pid/huzhu.pid"), StandardCharsets.UTF_8)
                .strip());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
        server.destroyForcibly();
        server.onExit().join();
    }

    private static void startServer() throws IOException, InterruptedException {
        // Into a file: what a child writes to this JVM's own stdout would garble the test runner's channel.
        Process start = new ProcessBuilder(WLP.resolve("bin/server").toString(), "start", "huzhu")
                .redirectErrorStream(true).redirectOutput(Path.of("target/server-restart.log").toFile()).start();
        assertThat(start.waitFor()).isZero();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (Api.get(null, "/health/ready").status() == 200) {
                    return;
                }
            } catch (RuntimeException e) {
                // not listening yet
            }
            Thread.sleep(1_000);
        }
        throw new AssertionError("the server did not come back");
    }

    /** The members the list's outbox rows stand for (a row per chunk and plan, each a packed list of member ids). */
    static List<Long> listedForNotices(long importId) throws Exception {
        List<Long> members = new ArrayList<>();
        try (Connection c = Platform.database(); ResultSet r = c.createStatement().executeQuery("SELECT member_ids FROM"
                + " notice_outbox WHERE tenant_id = 'beijing' AND kind = 'ENROLMENT' AND reference LIKE 'enrolment-list:"
                + importId + ":%'")) {
            while (r.next()) {
                members.addAll(MemberIdPack.unpack(r.getBytes(1)));
            }
        }
        return members;
    }

    private static List<Long> longs(String sql) throws Exception {
        List<Long> values = new ArrayList<>();
        try (Connection c = Platform.database(); ResultSet r = c.createStatement().executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getLong(1));
            }
        }
        return values;
    }
}
