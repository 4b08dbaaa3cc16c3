package org.huzhu.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the payout ITs share: approved claims made straight in the database (the payouts side's test setup:
 * members of the demo data with a card on file), waiting for a run's state, the run's invariants, and killing
 * and starting the server.
 */
final class PayoutFixtures {

    static final String TENANT = "beijing";
    static final String ADMIN = "beijing-admin";
    static final String OFFICER = "beijing-claims-officer";
    static final Path WLP = Path.of("target/liberty/wlp");

    private PayoutFixtures() {
    }

    /** An approved claim made for the test: its id, member and approved amount. */
    record Claim(long id, long memberId, long amountFen) {
    }

    /**
     * Approved claims on no run for demo members with a card, {@code amountFen.apply(i)} each; claim i's due
     * date is {@code firstDue} plus {@code i / perDay} days (claims hands the oldest due dates out first).
     */
    static List<Claim> approvedClaims(int count, LocalDate firstDue, int perDay,
                                      java.util.function.IntToLongFunction amountFen) throws SQLException {
        String batch = UUID.randomUUID().toString().substring(0, 8);
        List<long[]> members = new ArrayList<>();
        List<String[]> memberText = new ArrayList<>();
        try (Connection c = Platform.database(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id, name, org_path FROM member WHERE tenant_id = '" + TENANT
                     + "' AND card_no_cipher IS NOT NULL ORDER BY id LIMIT " + Math.min(count, 2_000))) {
            while (r.next()) {
                members.add(new long[] {r.getLong(1)});
                memberText.add(new String[] {r.getString(2), r.getString(3)});
            }
        }
        assertThat(members).as("demo members with a card on file").isNotEmpty();
        List<Claim> claims = new ArrayList<>(count);
        try (Connection c = Platform.database()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO claim (tenant_id, member_id, member_name, "
                    + "org_path, plan_code, benefit_code, channel, source_ref, event_date, status, assessed_fen, "
                    + "approved_fen, filed_by, filed_at, filed_on, due_date, decided_by, decided_at) VALUES (?, ?, ?, "
                    + "?, 'inpatient-medical', 'medical', 'CLERK', ?, ?, 'APPROVED', ?, ?, 'payout-it', NOW(3), ?, ?, "
                    + "'payout-it', NOW(3))", Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 0; i < count; i++) {
                    int m = i % members.size();
                    long fen = amountFen.applyAsLong(i);
                    insert.setString(1, TENANT);
                    insert.setLong(2, members.get(m)[0]);
                    insert.setString(3, memberText.get(m)[0]);
                    insert.setString(4, memberText.get(m)[1]);
                    insert.setString(5, "payout-it:" + batch + ":" + i);
                    insert.setObject(6, firstDue.minusDays(30));
                    insert.setLong(7, fen);
                    insert.setLong(8, fen);
                    insert.setObject(9, firstDue.minusDays(10));
                    insert.setObject(10, firstDue.plusDays(i / perDay));
                    insert.addBatch();
                }
                insert.executeBatch();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    for (int i = 0; keys.next(); i++) {
                        claims.add(new Claim(keys.getLong(1), members.get(i % members.size())[0],
                                amountFen.applyAsLong(i)));
                    }
                }
            }
            c.commit();
        }
        assertThat(claims).hasSize(count);
        return claims;
    }

    static JsonNode run(String user, long runId) {
        Api.Reply reply = Api.get(user, "/api/v1/payout-runs/" + runId + "?limit=1000");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    /** A run of every approved payable, created by the office admin, waited for until it is one of {@code ends}. */
    static long newRun(String... ends) throws InterruptedException {
        Api.Reply created = Api.post(ADMIN, "/api/v1/payout-runs", "");
        assertThat(created.status()).as(created.body()).isEqualTo(202);
        long runId = created.json().get("id").asLong();
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        String status = "";
        while (System.nanoTime() < deadline) {
            status = run(ADMIN, runId).get("run").get("status").asText();
            if (List.of(ends).contains(status)) {
                return runId;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("run " + runId + " stayed " + status);
    }

    /** All payments of the run by kind and source id ({@code "CLAIM:7"}), page by page; never two for one payable. */
    static java.util.Map<String, JsonNode> payments(long runId) {
        java.util.Map<String, JsonNode> all = new java.util.HashMap<>();
        for (int offset = 0; ; offset += 1_000) {
            Api.Reply reply = Api.get(ADMIN, "/api/v1/payout-runs/" + runId + "?limit=1000&offset=" + offset);
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            JsonNode page = reply.json().get("payments");
            for (JsonNode p : page) {
                String key = p.get("kind").asText() + ":" + p.get("sourceId").asLong();
                assertThat(all.put(key, p)).as("one payment per payable on a run: " + key).isNull();
            }
            if (page.size() < 1_000) {
                return all;
            }
        }
    }

    static JsonNode waitForStatus(long runId, String status) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = run(ADMIN, runId).get("run");
            if (last.get("status").asText().equals(status)) {
                return last;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("run " + runId + " did not become " + status + ": " + last);
    }

    static long waitForCount(String sql, long atLeast) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        long value = -1;
        while (System.nanoTime() < deadline) {
            value = count(sql);
            if (value >= atLeast) {
                return value;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(sql + " stayed at " + value + ", expected " + atLeast);
    }

    static long count(String sql) throws SQLException {
        try (Connection c = Platform.database(); ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * What must hold at any moment, crash or not: the run's count and total are those of its payments, every
     * claim on the run has exactly one payment on it, and no claim is in two payments that have not failed.
     */
    static void assertConsistent(long runId) throws SQLException {
        assertThat(count("SELECT total_fen FROM payout_run WHERE id = " + runId))
                .as("run total = sum of its payments")
                .isEqualTo(count("SELECT COALESCE(SUM(amount_fen), 0) FROM payout_payment WHERE run_id = " + runId));
        assertThat(count("SELECT payment_count FROM payout_run WHERE id = " + runId))
                .isEqualTo(count("SELECT COUNT(*) FROM payout_payment WHERE run_id = " + runId));
        assertThat(count("SELECT COUNT(*) FROM claim WHERE tenant_id = '" + TENANT + "' AND payout_run_id = " + runId))
                .as("claims on the run = claim payments of the run")
                .isEqualTo(count("SELECT COUNT(*) FROM payout_payment WHERE payable_kind = 'CLAIM' AND run_id = "
                        + runId));
        assertThat(count("SELECT COUNT(*) FROM (SELECT payable_kind, source_id FROM payout_payment WHERE tenant_id = '"
                + TENANT + "' AND status <> 'FAILED' GROUP BY payable_kind, source_id HAVING COUNT(*) > 1) d"))
                .as("no payable in two live payments").isZero();
        assertThat(count("SELECT COUNT(*) FROM payout_payment p JOIN claim c ON c.id = p.source_id WHERE p.run_id = "
                + runId + " AND p.payable_kind = 'CLAIM' AND p.amount_fen <> c.approved_fen"))
                .as("each payment is its claim's approved amount").isZero();
    }

    /**
     * Members of the run's payments with no card on file (members registered from an enrolment list, whose
     * claims other tests approved) get one, as a clerk would give it: a run has no bank file without them.
     */
    static void mendMissingCards(long runId) throws SQLException {
        List<Long> members = new ArrayList<>();
        try (Connection c = Platform.database(); ResultSet r = c.createStatement().executeQuery("SELECT DISTINCT "
                + "p.member_id FROM payout_payment p JOIN member m ON m.id = p.member_id WHERE p.run_id = " + runId
                + " AND m.card_no_cipher IS NULL")) {
            while (r.next()) {
                members.add(r.getLong(1));
            }
        }
        for (long member : members) {
            String card = "62158888" + String.format("%011d", member);
            Api.Reply mended = Api.put(ADMIN, "/api/v1/members/" + member + "/card", "{\"cardNo\":\"" + card + "\"}");
            assertThat(mended.status()).as(mended.body()).isEqualTo(200);
        }
    }

    /** The detail lines of a bank file: reference -> fields. */
    static List<String[]> details(String file) {
        return file.lines().filter(l -> l.startsWith("D|")).map(l -> l.split("\\|", -1)).toList();
    }

    static String bankFile(String user, long runId) {
        Api.Reply reply = Api.get(user, "/api/v1/payout-runs/" + runId + "/bank-file");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.body();
    }

    static Api.Reply postResult(String user, long runId, String content) {
        return Api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Platform.appUrl()
                        + "/api/v1/payout-runs/" + runId + "/bank-result"))
                .header("Authorization", "Bearer " + Api.token(user))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(content, StandardCharsets.UTF_8)).build());
    }

    static void killServer() throws IOException {
        long pid = Long.parseLong(Files.readString(WLP.resolve("usr/servers/.pid/huzhu.pid"), StandardCharsets.UTF_8)
                .strip());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
        server.destroyForcibly();
        server.onExit().join();
    }

    static void startServer() throws IOException, InterruptedException {
        Process start = new ProcessBuilder(WLP.resolve("bin/server").toString(), "start", "huzhu")
                .redirectErrorStream(true).redirectOutput(Path.of("target/server-restart-payouts.log").toFile()).start();
        assertThat(start.waitFor()).isZero();
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
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
}
