package org.huzhu.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.huzhu.kernel.identity.Gender;
import org.junit.jupiter.api.Test;

/**
 * Faults on the cluster of {@code ./huzhu cluster} (three Galera nodes, HAProxy, two Liberty servers): an app server
 * killed (SIGKILL) while it runs an enrolment list's submission and while it gathers a payout run, and a database
 * node killed while a settlement file is imported. Each job must finish (the other server takes it over once its
 * lease ran out; the import goes on through the nodes left), with nothing written twice and the totals equal; the
 * killed piece is started again afterwards (the node rejoins and must be Synced). Not a CI test (its name is not
 * failsafe's, nor surefire's): it needs the running cluster, see docs/CLUSTER.md "Fault tests" and
 * {@code ./huzhu cluster-faults}. Reads through HAProxy wait for the node to have applied every earlier commit
 * ({@code wsrep_sync_wait}), so a count never lags the job it checks. Times are printed as {@code [faults]} lines.
 */
class ClusterFaults {

    /** The repository's root: Maven runs the tests in modules/app. */
    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    private static final Path CLUSTER = ROOT.resolve("target/cluster");
    private static final String CLERK = "beijing-agency-clerk";
    private static final String OFFICER = "beijing-claims-officer";
    private static final Duration TAKE_OVER = Duration.ofMinutes(8);
    private static final String[] NODE_PORTS = {"33061", "33062", "33063"};

    @Test
    void an_app_server_killed_while_submitting_an_enrolment_list_the_other_finishes_it() throws Exception {
        int seed = 100 + (int) (System.currentTimeMillis() / 1000 % 390);
        EnrolmentList list = new EnrolmentList(10_000, 40, seed);
        long union = EnrolmentImportIT.unionId("BJ-DC-004");
        long id = EnrolmentImportIT.upload(CLERK, union, "2027-03-01", list.bytes()).get("id").asLong();
        poll("import " + id + " checked", () -> enrolmentImport(id), j -> "CHECKED".equals(j.get("status").asText()));
        EnrolmentImportIT.post(CLERK, "/api/v1/enrolment-imports/" + id + "/submission?confirm=true");
        String lease = "job/beijing/enrolment-import/" + id;
        waitForCount("SELECT submitted_rows FROM enrolment_import WHERE id = " + id, 2_000);
        int killed = killAppServerHolding(lease);
        long t0 = System.nanoTime();
        long atKill = count("SELECT submitted_rows FROM enrolment_import WHERE id = " + id);
        log("enrolment list " + id + " (" + list.rows + " rows, " + list.goodRows() + " good): app server " + killed
                + " killed at " + atKill + " rows submitted");
        assertThat(atKill).as("killed while the job was still running").isLessThan(list.rows);

        JsonNode done = poll("import " + id + " submitted", () -> enrolmentImport(id),
                j -> "SUBMITTED".equals(j.get("status").asText()));
        log("enrolment list " + id + " SUBMITTED " + seconds(t0) + " s after the kill; " + resumedBy("enrolment-import",
                id, killed) + "; " + stoppedAttempts("enrolment-import", id));
        assertThat(done.get("enrolledRows").asInt()).isEqualTo(list.goodRows());
        assertThat(count("SELECT COUNT(*) FROM enrolment WHERE import_id = " + id)).isEqualTo(list.goodRows());
        assertThat(count("SELECT COUNT(DISTINCT member_id) FROM enrolment WHERE import_id = " + id))
                .as("one member for each good row").isEqualTo(list.goodRows());
        assertThat(count("SELECT COUNT(*) FROM (SELECT member_id, plan_code FROM enrolment WHERE import_id = " + id
                + " GROUP BY member_id, plan_code HAVING COUNT(*) > 1) d")).as("no enrolment twice").isZero();
        assertThat(count("SELECT COUNT(*) FROM (SELECT id_number_hash FROM member WHERE tenant_id = 'beijing' "
                + "GROUP BY id_number_hash HAVING COUNT(*) > 1) d")).as("one member per national ID").isZero();
        List<Long> noticed = EnrolmentCrashIT.listedForNotices(id);
        assertThat(noticed).as("a notice for each enrolled member, none twice")
                .containsExactlyInAnyOrderElementsOf(longs("SELECT member_id FROM enrolment WHERE import_id = " + id));
        log("enrolment list " + id + ": " + list.goodRows() + " enrolments, " + noticed.size()
                + " members in notices, no duplicates");
        restartAppServer(killed);
    }

    @Test
    void an_app_server_killed_while_gathering_a_payout_run_the_other_finishes_it() throws Exception {
        List<PayoutFixtures.Claim> claims = PayoutFixtures.approvedClaims(10_000, LocalDate.of(2000, 1, 1), 1_000,
                i -> 1_000 + (i % 97) * 133L);
        Api.Reply created = Api.post(PayoutFixtures.ADMIN, "/api/v1/payout-runs", "");
        assertThat(created.status()).as(created.body()).isEqualTo(202);
        long runId = created.json().get("id").asLong();
        waitForCount("SELECT gathered_chunks FROM payout_run WHERE id = " + runId, 1);
        int killed = killAppServerHolding("job/beijing/payout-run/" + runId);
        long t0 = System.nanoTime();
        long chunks = count("SELECT gathered_chunks FROM payout_run WHERE id = " + runId);
        log("payout run " + runId + " (" + claims.size() + " claims of the test): app server " + killed + " killed at "
                + chunks + " chunks gathered");
        assertThat(text("SELECT status FROM payout_run WHERE id = " + runId)).as("killed while gathering")
                .isEqualTo("GATHERING");

        poll("run " + runId + " gathered", () -> ok(Api.get(PayoutFixtures.ADMIN, "/api/v1/payout-runs/" + runId
                        + "?limit=1")).get("run"),
                r -> "GATHERED".equals(r.get("status").asText()));
        log("payout run " + runId + " GATHERED " + seconds(t0) + " s after the kill; "
                + resumedBy("payout-run", runId, killed) + "; " + stoppedAttempts("payout-run", runId));
        PayoutFixtures.assertConsistent(runId);
        String mine = "(" + String.join(",", claims.stream().map(c -> Long.toString(c.id())).toList()) + ")";
        assertThat(count("SELECT COUNT(*) FROM claim WHERE payout_run_id = " + runId + " AND id IN " + mine))
                .as("every claim of the test on the run").isEqualTo(claims.size());
        assertThat(count("SELECT COUNT(*) FROM (SELECT source_id FROM payout_payment WHERE payable_kind = 'CLAIM' AND "
                + "source_id IN " + mine + " GROUP BY source_id HAVING COUNT(*) = 1) once"))
                .as("each in exactly one payment").isEqualTo(claims.size());
        assertThat(count("SELECT COUNT(*) FROM payout_payment WHERE payable_kind = 'CLAIM' AND source_id IN " + mine))
                .isEqualTo(claims.size());
        assertThat(count("SELECT SUM(amount_fen) FROM payout_payment WHERE payable_kind = 'CLAIM' AND run_id = "
                + runId))
                .as("the run's claim payments = the claims' approved amounts")
                .isEqualTo(count("SELECT SUM(approved_fen) FROM claim WHERE payout_run_id = " + runId));
        assertThat(count("SELECT COUNT(*) FROM payout_run_event WHERE run_id = " + runId + " AND event = 'GATHERED'"))
                .isEqualTo(1);
        log("payout run " + runId + ": " + count("SELECT payment_count FROM payout_run WHERE id = " + runId)
                + " payments, total " + count("SELECT total_fen FROM payout_run WHERE id = " + runId)
                + " fen = the sum of their approved amounts, every claim of the test once");
        restartAppServer(killed);
    }

    @Test
    void a_database_node_killed_during_a_settlement_import_the_import_finishes_on_the_others() throws Exception {
        ClaimsIT.reviewPercent(0);
        try {
            settlementImportWithADatabaseNodeKilled();
        } finally {
            ClaimsIT.restorePolicy();
        }
    }

    private void settlementImportWithADatabaseNodeKilled() throws Exception {
        int seed = 20_000 + (int) (System.currentTimeMillis() / 1000 % 70_000);
        List<String> enrolled = enrolledPeople(seed, 40);
        String prefix = "JF" + seed + "-";
        LocalDate admission = LocalDate.now().minusDays(20);
        if (admission.isBefore(LocalDate.parse(ClaimFixture.TERM))) {
            admission = LocalDate.parse(ClaimFixture.TERM);
        }
        int lines = 25_000;
        int badAmounts = 0;
        StringBuilder csv = new StringBuilder("结算单号,身份证号,姓名,医院,入院日期,出院日期,医疗总费用,基本医保支付,个人自付,结算日期\n");
        for (int i = 1; i <= lines; i++) {
            // two lines in three for the members enrolled above, one for people who are no members
            boolean member = i % 3 != 1;
            String person = member ? enrolled.get(i % enrolled.size()) : EnrolmentList.person(seed + 1, i, Gender.MALE);
            boolean bad = i % 97 == 0;
            badAmounts += bad ? 1 : 0;
            csv.append(prefix).append(i).append(',').append(person).append(',')
                    .append(member ? "故障" + i % enrolled.size() : "路人").append(",北京协和医院,").append(admission)
                    .append(',').append(admission.plusDays(3)).append(',').append(bad ? "abc" : 1_100 + i % 400)
                    .append(".00,900.00,").append(200 + i % 400).append(".00,").append(admission.plusDays(4))
                    .append('\n');
        }
        Api.Reply reply = EnrolmentImportIT.send(OFFICER, "POST", "/api/v1/settlement-imports?fileName=faults.csv",
                HttpRequest.BodyPublishers.ofByteArray(csv.toString().getBytes(StandardCharsets.UTF_8)), "text/csv");
        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        long id = reply.json().get("id").asLong();
        waitForCount("SELECT processed_lines FROM settlement_import WHERE id = " + id, 5_000);
        int node = 2;
        killDatabaseNode(node);
        long t0 = System.nanoTime();
        long atKill = count("SELECT processed_lines FROM settlement_import WHERE id = " + id);
        log("settlement import " + id + " (" + lines + " lines): database node " + node + " killed at " + atKill
                + " lines processed");
        assertThat(atKill).as("killed while the import was running").isLessThan(lines);
        Map<Integer, Integer> answers = readsRightAfterTheKill(40);
        log("40 member-list reads right after the kill, both app servers: answers " + answers);
        assertThat(answers.keySet()).as("requests right after the kill answer, none fails on a pooled connection to"
                + " the killed node").containsOnly(200);

        JsonNode done = poll("settlement import " + id + " done", () -> settlementImport(id),
                j -> List.of("DONE", "FAILED").contains(j.get("status").asText()));
        log("settlement import " + id + " " + done.get("status").asText() + " " + seconds(t0) + " s after the kill; "
                + stoppedAttempts("settlement-import", id) + "; " + done);
        assertThat(done.get("status").asText()).isEqualTo("DONE");
        int created = done.get("claimsCreated").asInt();
        int badLines = done.get("badLines").asInt();
        assertThat(done.get("totalLines").asInt()).isEqualTo(lines);
        assertThat(created + badLines + done.get("alreadyImported").asInt()).as("every line counted once")
                .isEqualTo(lines);
        assertThat(badLines).as("the lines with a bad amount among them").isGreaterThanOrEqualTo(badAmounts);
        checkSettlementOnEveryNode(id, prefix, done, -1);

        long t1 = System.nanoTime();
        String joined = clusterScript("node-start", Integer.toString(node));
        log("database node " + node + " started again, Synced after " + seconds(t1) + " s: " + joined.strip()
                + "; state transfer: " + stateTransfer(node));
        try (Connection c = node(node); ResultSet r = c.createStatement().executeQuery(
                "SHOW GLOBAL STATUS LIKE 'wsrep_local_state_comment'")) {
            r.next();
            assertThat(r.getString(2)).isEqualTo("Synced");
        }
        checkSettlementOnEveryNode(id, prefix, done, 3);
    }

    /** Requests that read the database, one every 100 ms through HAProxy: status code -> how many. */
    private static Map<Integer, Integer> readsRightAfterTheKill(int count) throws InterruptedException {
        Map<Integer, Integer> answers = new java.util.TreeMap<>();
        for (int i = 0; i < count; i++) {
            answers.merge(Api.get(PayoutFixtures.ADMIN, "/api/v1/members?limit=5").status(), 1, Integer::sum);
            Thread.sleep(100);
        }
        return answers;
    }

    // --- the settlement import's checks, node by node ---

    private static void checkSettlementOnEveryNode(long id, String prefix, JsonNode done, int nodes) throws Exception {
        for (int n = 1; n <= NODE_PORTS.length; n++) {
            Connection c;
            try {
                c = node(n);
            } catch (SQLException e) {
                assertThat(nodes).as("node " + n + " answers").isNotEqualTo(3);
                continue;
            }
            try (c) {
                c.createStatement().execute("SET SESSION wsrep_sync_wait = 1");
                assertThat(count(c, "SELECT COUNT(*) FROM claim WHERE tenant_id = 'beijing' AND source_ref LIKE '"
                        + prefix + "%'")).as("claims on node " + n).isEqualTo(done.get("claimsCreated").asLong());
                assertThat(count(c, "SELECT COUNT(DISTINCT source_ref) FROM claim WHERE tenant_id = 'beijing' AND "
                        + "source_ref LIKE '" + prefix + "%'")).isEqualTo(done.get("claimsCreated").asLong());
                assertThat(count(c, "SELECT COUNT(*) FROM claim WHERE tenant_id = 'beijing' AND status = 'APPROVED' "
                        + "AND source_ref LIKE '" + prefix + "%'")).isEqualTo(done.get("approved").asLong());
                assertThat(count(c, "SELECT COALESCE(SUM(approved_fen), 0) FROM claim WHERE tenant_id = 'beijing' AND "
                        + "status = 'APPROVED' AND source_ref LIKE '" + prefix + "%'"))
                        .as("approved total on node " + n)
                        .isEqualTo(new java.math.BigDecimal(done.get("approvedAmount").asText()).movePointRight(2)
                                .longValueExact());
                assertThat(count(c, "SELECT COUNT(DISTINCT line_no) FROM settlement_import_error WHERE import_id = "
                        + id)).as("bad lines on node " + n).isEqualTo(done.get("badLines").asLong());
                assertThat(count(c, "SELECT COUNT(*) FROM (SELECT line_no, seq FROM settlement_import_error WHERE "
                        + "import_id = " + id + " GROUP BY line_no, seq HAVING COUNT(*) > 1) d"))
                        .as("no bad line written twice").isZero();
                log("node " + n + ": " + done.get("claimsCreated") + " claims (" + done.get("approved") + " approved, "
                        + done.get("approvedAmount").asText() + " yuan), " + done.get("badLines")
                        + " bad lines, none twice");
            }
        }
    }

    /** People enrolled (and paid) in secondary reimbursement and inpatient medical in a new union, by national ID. */
    private static List<String> enrolledPeople(int seed, int count) throws Exception {
        long union = ClaimFixture.newUnion("故障测试工会" + seed, count);
        StringBuilder csv = new StringBuilder("姓名,身份证号,手机号,会员卡号,保障计划,份数\n");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = EnrolmentList.person(seed, i, i % 2 == 0 ? Gender.MALE : Gender.FEMALE);
            ids.add(id);
            for (String plan : List.of("secondary-reimbursement", "inpatient-medical")) {
                csv.append("故障").append(i).append(',').append(id).append(",136").append(String.format("%08d",
                        (seed * 100L + i) % 100_000_000)).append(",,").append(plan).append(",1\n");
            }
        }
        long list = EnrolmentImportIT.upload(CLERK, union, ClaimFixture.TERM, csv.toString()
                .getBytes(StandardCharsets.UTF_8)).get("id").asLong();
        JsonNode checked = poll("list " + list + " checked", () -> enrolmentImport(list),
                j -> "CHECKED".equals(j.get("status").asText()));
        assertThat(checked.get("badRows").asInt()).as(checked.toString()).isZero();
        EnrolmentImportIT.post(CLERK, "/api/v1/enrolment-imports/" + list + "/submission");
        JsonNode submitted = poll("list " + list + " submitted", () -> enrolmentImport(list),
                j -> "SUBMITTED".equals(j.get("status").asText()));
        EnrolmentImportIT.pay(list, submitted.get("fee").asText(), ClaimFixture.TERM);
        return ids;
    }

    // --- killing and starting the pieces ---

    /**
     * Kills (SIGKILL) the app server that holds the job's lease. Holders are the host and a hash of the server's
     * directory ({@code Leases.SERVER}): the servers are told apart by their directories' hashes.
     */
    private static int killAppServerHolding(String lease) throws Exception {
        String holder = text("SELECT holder FROM lease WHERE name = '" + lease + "'");
        assertThat(holder).as("the lease " + lease).isNotNull();
        for (int i = 1; i <= 2; i++) {
            String dir = CLUSTER.resolve("wlp-usr/servers/huzhu-" + i).toString();
            for (String candidate : List.of(dir + "/", dir)) {
                if (holder.endsWith("/" + Integer.toHexString(candidate.hashCode()))) {
                    kill(CLUSTER.resolve("wlp-usr/servers/.pid/huzhu-" + i + ".pid"));
                    return i;
                }
            }
        }
        throw new AssertionError("no app server of " + CLUSTER + " is the holder " + holder);
    }

    private static void killDatabaseNode(int node) throws IOException {
        kill(CLUSTER.resolve("db" + node + "/mysqld.pid"));
    }

    private static void kill(Path pidFile) throws IOException {
        long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.UTF_8).strip());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no process " + pid));
        process.destroyForcibly(); // SIGKILL: no shutdown, nothing flushed
        process.onExit().join();
    }

    private static void restartAppServer(int server) throws Exception {
        long t0 = System.nanoTime();
        String out = clusterScript("app-restart", Integer.toString(server));
        log("app server " + server + " started again, ready after " + seconds(t0) + " s: " + out.strip()
                .replace('\n', ' '));
    }

    private static String clusterScript(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("deploy/cluster/cluster.sh").toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("cluster-script", ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        int exit = p.waitFor();
        String text = Files.readString(out);
        Files.delete(out);
        assertThat(exit).as(String.join(" ", command) + ": " + text).isZero();
        return text;
    }

    /** How the restarted node got the cluster's state, from its error log's last lines. */
    private static String stateTransfer(int node) throws IOException {
        List<String> log = Files.readAllLines(CLUSTER.resolve("db" + node + "/error.log"), StandardCharsets.UTF_8);
        List<String> tail = log.subList(Math.max(0, log.size() - 400), log.size());
        boolean ist = tail.stream().anyMatch(l -> l.contains("IST received") || l.contains("Receiving IST"));
        boolean sst = tail.stream().anyMatch(l -> l.contains("SST succeeded") || l.contains("State transfer required"));
        return ist ? "IST" : sst ? "SST" : "none logged";
    }

    /** The attempts of the job that stopped on a failure and were tried again, as the servers' logs say. */
    private static String stoppedAttempts(String actor, long id) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            try (var files = Files.list(CLUSTER.resolve("wlp-usr/servers/huzhu-" + i + "/logs"))) {
                for (Path log : files.filter(f -> f.getFileName().toString().startsWith("messages")).toList()) {
                    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                        int at = line.indexOf(actor + " " + id + " of beijing stopped");
                        if (at >= 0) {
                            lines.add("app server " + i + ": " + line.substring(at));
                        }
                    }
                }
            }
        }
        return lines.isEmpty() ? "no attempt stopped" : lines.size() + " attempts stopped: " + String.join("; ", lines);
    }

    /** Whether the server left running says it resumed the job (the killed one may have, before it was killed). */
    private static String resumedBy(String actor, long id, int killed) throws IOException {
        List<String> by = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            if (i == killed) {
                continue;
            }
            Path log = CLUSTER.resolve("wlp-usr/servers/huzhu-" + i + "/logs/messages.log");
            if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8)
                    .contains("resuming " + actor + " " + id + " of beijing")) {
                by.add("app server " + i);
            }
        }
        return "resumed by " + (by.isEmpty() ? "(no log line)" : String.join(", ", by));
    }

    // --- reading through HAProxy while pieces fail ---

    private static JsonNode enrolmentImport(long id) {
        return ok(Api.get(CLERK, "/api/v1/enrolment-imports/" + id));
    }

    private static JsonNode settlementImport(long id) {
        return ok(Api.get(OFFICER, "/api/v1/settlement-imports/" + id));
    }

    private static JsonNode ok(Api.Reply reply) {
        if (reply.status() != 200) {
            throw new IllegalStateException("answered " + reply.status());
        }
        return reply.json();
    }

    /**
     * Asks until the answer is what is waited for; a failed ask (a server or node gone, HAProxy not yet aware) is
     * counted and asked again. A job's FAILED state ends the wait (the caller's check then fails).
     */
    private static JsonNode poll(String what, java.util.concurrent.Callable<JsonNode> ask, Predicate<JsonNode> until)
            throws InterruptedException {
        long deadline = System.nanoTime() + TAKE_OVER.toNanos();
        int failures = 0;
        JsonNode last = null;
        String lastFailure = "";
        while (System.nanoTime() < deadline) {
            try {
                last = ask.call();
                if (until.test(last) || "FAILED".equals(last.path("status").asText())) {
                    if (failures > 0) {
                        log(what + ": " + failures + " asks failed on the way (last: " + lastFailure + ")");
                    }
                    return last;
                }
            } catch (Exception e) {
                failures++;
                lastFailure = e.getClass().getSimpleName() + " " + e.getMessage();
            }
            Thread.sleep(500);
        }
        throw new AssertionError(what + ": not within " + TAKE_OVER + "; last " + last + ", " + failures
                + " failed asks (last: " + lastFailure + ")");
    }

    private static void waitForCount(String sql, long atLeast) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        long value = -1;
        while (System.nanoTime() < deadline) {
            value = count(sql);
            if (value >= atLeast) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(sql + " stayed at " + value + ", expected " + atLeast);
    }

    /** A number through HAProxy, read after every earlier commit is applied; tried again while a node goes away. */
    static long count(String sql) throws Exception {
        String value = text(sql);
        return value == null ? 0 : Long.parseLong(value);
    }

    private static String text(String sql) throws Exception {
        SQLException last = null;
        for (int attempt = 0; attempt < 30; attempt++) {
            try (Connection c = Platform.database(); Statement s = c.createStatement()) {
                s.execute("SET SESSION wsrep_sync_wait = 1");
                try (ResultSet r = s.executeQuery(sql)) {
                    return r.next() ? r.getString(1) : null;
                }
            } catch (SQLException e) {
                last = e;
                Thread.sleep(1_000);
            }
        }
        throw last;
    }

    private static List<Long> longs(String sql) throws Exception {
        List<Long> values = new ArrayList<>();
        try (Connection c = Platform.database(); Statement s = c.createStatement()) {
            s.execute("SET SESSION wsrep_sync_wait = 1");
            try (ResultSet r = s.executeQuery(sql)) {
                while (r.next()) {
                    values.add(r.getLong(1));
                }
            }
        }
        return values;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static Connection node(int n) throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + NODE_PORTS[n - 1] + "/"
                + Platform.env("HUZHU_DB_NAME", "huzhu") + "?connectTimeout=3000", "root", "");
    }

    private static long seconds(long since) {
        return Duration.ofNanos(System.nanoTime() - since).toSeconds();
    }

    private static void log(String line) {
        System.out.println("[faults] " + line);
    }
}
