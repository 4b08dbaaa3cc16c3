package org.huzhu.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Giveaway grabs on the started server over HTTP: N members (default 500) with logins of their own, each on its own
 * thread, grab from a quota (default 1,000; limit 3 per member) all at once: every attempt a new idempotency key,
 * retried with the same key on a transport error or a 5xx, and one in four sent twice (a double click) — the second
 * answer must be the first's. Several rounds (a fresh giveaway each); after each the database must show tickets won =
 * min(quota, eligible askers x limit), nobody above the limit, nothing oversold, and exactly the codes the members
 * were answered. Prints grabs/s (answers per second, every answer counted) and p50/p99; then the database's own rate
 * for the same work: N JDBC threads, one connection each, doing the bare ticket insert and conditional decrement, and
 * our rate as a share of it.
 * {@code ./huzhu bench-grabs [members] [quota] [limit] [rounds]}
 */
public final class GrabsBench {

    static final String TENANT = "beijing";
    private static final Pattern OUTCOME = Pattern.compile("\"outcome\":\"(\\w+)\"");
    private static final Pattern CODE = Pattern.compile("\"code\":\"(\\w+)\"");

    private GrabsBench() {
    }

    /** What one round measured. */
    record Round(int attempts, double seconds, List<Long> nanos, long retries, long doubleClicks, Set<String> codes) {
        double rate() {
            return attempts / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        int members = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int quota = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int limit = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        String app = MemberGridBench.env("HUZHU_APP_URL", "http://localhost:" + MemberGridBench.env("HUZHU_HTTP_PORT", "9080"));
        String keycloak = MemberGridBench.env("HUZHU_KC_URL", "http://localhost:" + MemberGridBench.env("HUZHU_KC_PORT", "8180"));
        System.out.printf("grabs bench: %d members with logins of their own, quota %,d, limit %d per member, %d rounds%n",
                members, quota, limit, rounds);
        BenchMembers bench = new BenchMembers(keycloak, app, TENANT);
        long start = System.nanoTime();
        Map<String, Long> linked = bench.link(members);
        int created = bench.ensureUsers(members);
        System.out.printf("  logins: %d created in Keycloak (%d reused), linked to %d distinct members  %.1f s%n",
                created, members - created, new HashSet<>(linked.values()).size(), EnrolmentImportBench.seconds(start));
        start = System.nanoTime();
        // kept under target/: the bench users' sessions of the development realm, renewed while Keycloak holds them
        Map<String, BenchMembers.Tokens> tokens = bench.loginKept(new ArrayList<>(linked.keySet()), 4,
                java.nio.file.Path.of("modules/bench/target/grabs-bench-sessions.tsv"));
        System.out.printf("  tokens: %d members signed in by huzhu-web's code flow or their kept sessions renewed  "
                        + "%.1f s (not counted)%n",
                tokens.size(), EnrolmentImportBench.seconds(start));
        String admin = MemberGridBench.token(keycloak, "beijing-admin");
        int expected = Math.min(quota, members * limit);
        int oldConnections = maxConnections(members + 200);
        try {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            CloseableHttpClient askers = askers(members);
            // The first logins are minutes old by now: fresh access tokens from the refresh tokens (no password check).
            tokens = bench.refresh(tokens, 8);
            long tokensAt = System.nanoTime();
            run("warm-up (not counted)", http, askers, app, admin, tokens, quota, limit, expected);
            List<Round> measured = new ArrayList<>();
            for (int r = 1; r <= rounds; r++) {
                if (EnrolmentImportBench.seconds(tokensAt) > 120) {
                    tokens = bench.refresh(tokens, 8);
                    admin = MemberGridBench.token(keycloak, "beijing-admin");
                    tokensAt = System.nanoTime();
                }
                measured.add(run("round " + r, http, askers, app, admin, tokens, quota, limit, expected));
            }
            Round http_ = total(measured);
            List<Round> bare = new ArrayList<>();
            List<Long> memberIds = new ArrayList<>(linked.values());
            for (int r = 1; r <= rounds; r++) {
                bare.add(bareRound(r, memberIds, quota, limit, expected));
            }
            Round db = total(bare);
            System.out.printf("%nHTTP grabs            %,8.0f grabs/s  p50 %6.1f ms  p99 %6.1f ms  (%,d answers in %.2f s; "
                            + "%,d retries, %,d double clicks answered alike)%n", http_.rate(), pct(http_.nanos(), 50),
                    pct(http_.nanos(), 99), http_.attempts(), http_.seconds(), http_.retries(), http_.doubleClicks());
            System.out.printf("bare database         %,8.0f grabs/s  p50 %6.1f ms  p99 %6.1f ms  (%,d transactions in %.2f s, "
                    + "%d JDBC threads)%n", db.rate(), pct(db.nanos(), 50), pct(db.nanos(), 99), db.attempts(), db.seconds(),
                    members);
            System.out.printf("share of the database's rate  %5.1f %%   (targets: >= 2,000 grabs/s, p99 < 100 ms, >= 50 %%)%n",
                    100 * http_.rate() / db.rate());
            System.out.println("Every answer counts as a grab (won, waitlisted, limit reached); each member is its own"
                    + " login and token: no identity acts for another.");
        } finally {
            maxConnections(oldConnections);
        }
    }

    private static Round total(List<Round> rounds) {
        List<Long> nanos = new ArrayList<>();
        int attempts = 0;
        double seconds = 0;
        long retries = 0;
        long doubles = 0;
        for (Round r : rounds) {
            nanos.addAll(r.nanos());
            attempts += r.attempts();
            seconds += r.seconds();
            retries += r.retries();
            doubles += r.doubleClicks();
        }
        return new Round(attempts, seconds, nanos, retries, doubles, Set.of());
    }

    /**
     * The members' connections: Apache HttpClient's classic (blocking) client, one kept-alive connection per member,
     * each request sent and read on the member's own thread. The JDK's client hands every exchange to its selector
     * and executor threads: on this 2-core machine it took as much CPU as the server it measured (5.2 s against
     * 5.7 s in one round), so the server's figure was its share of a machine half used by the load itself.
     */
    private static CloseableHttpClient askers(int members) {
        return HttpClients.custom().setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(members + 10).setMaxConnPerRoute(members + 10)
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(Timeout.ofSeconds(10))
                                .setSocketTimeout(Timeout.ofSeconds(30)).build()).build())
                .disableAutomaticRetries().disableCookieManagement().disableRedirectHandling().build();
    }

    private static Round run(String name, HttpClient http, CloseableHttpClient askers, String app, String admin,
                             Map<String, BenchMembers.Tokens> tokens, int quota, int limit, int expected) throws Exception {
        long giveaway = createGiveaway(http, app, admin, quota, limit);
        List<String> logins = new ArrayList<>(tokens.keySet());
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        Set<String> codes = ConcurrentHashMap.newKeySet();
        AtomicLong retries = new AtomicLong();
        AtomicLong doubles = new AtomicLong();
        AtomicInteger attempts = new AtomicInteger();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch gate = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int m = 0; m < logins.size(); m++) {
            String token = tokens.get(logins.get(m)).access();
            int member = m;
            Thread t = new Thread(() -> {
                try {
                    gate.await();
                    memberGrabs(askers, app, giveaway, token, member, nanos, codes, retries, doubles, attempts, problems);
                } catch (Exception e) {
                    problems.add(e.toString());
                }
            });
            t.start();
            threads.add(t);
        }
        Thread.sleep(500);
        long start = System.nanoTime();
        gate.countDown();
        for (Thread t : threads) {
            t.join();
        }
        double seconds = EnrolmentImportBench.seconds(start);
        Round round = new Round(attempts.get(), seconds, new ArrayList<>(nanos), retries.get(), doubles.get(), codes);
        String verdict = verify(giveaway, quota, limit, expected, codes, problems);
        System.out.printf("  %-22s %,6d answers %6.2f s %,8.0f grabs/s  p50 %6.1f ms  p99 %6.1f ms  %s%n", name,
                round.attempts(), seconds, round.rate(), pct(round.nanos(), 50), pct(round.nanos(), 99), verdict);
        if (!verdict.startsWith("OK")) {
            System.exit(1);
        }
        return round;
    }

    private static void memberGrabs(CloseableHttpClient http, String app, long giveaway, String token, int member, List<Long> nanos,
                                    Set<String> codes, AtomicLong retries, AtomicLong doubles, AtomicInteger attempts,
                                    List<String> problems) throws Exception {
        for (int attempt = 0; attempt < 100; attempt++) {
            String key = "bench-" + giveaway + "-" + member + "-" + attempt;
            String[] answer = grab(http, app, giveaway, token, key, nanos, retries, attempts);
            if (ThreadLocalRandom.current().nextInt(4) == 0) {
                String[] again = grab(http, app, giveaway, token, key, nanos, retries, attempts);
                if (!java.util.Arrays.equals(answer, again) && !"WON".equals(answer[0])) {
                    // a refusal may change between two asks (a hold lapsing); a win must be answered alike
                    doubles.incrementAndGet();
                } else if (!java.util.Arrays.equals(answer, again)) {
                    problems.add("a double click of " + key + " was answered " + String.join("/", answer) + " then "
                            + String.join("/", again));
                } else {
                    doubles.incrementAndGet();
                }
            }
            if (!"WON".equals(answer[0])) {
                return;
            }
            codes.add(answer[1]);
        }
    }

    /** One attempt: the same key again after a transport error or a 5xx; returns the outcome and the code if won. */
    private static String[] grab(CloseableHttpClient http, String app, long giveaway, String token, String key,
                                 List<Long> nanos, AtomicLong retries, AtomicInteger attempts) throws Exception {
        for (int tryNo = 0; ; tryNo++) {
            HttpPost request = new HttpPost(app + "/api/v1/giveaways/" + giveaway + "/grabs");
            request.setHeader("Authorization", "Bearer " + token);
            request.setHeader("Idempotency-Key", key);
            request.setEntity(new StringEntity("{}", ContentType.APPLICATION_JSON));
            long t0 = System.nanoTime();
            try {
                String[] r = http.execute(request, response -> new String[] {String.valueOf(response.getCode()),
                        EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8)});
                nanos.add(System.nanoTime() - t0);
                attempts.incrementAndGet();
                int status = Integer.parseInt(r[0]);
                if (status == 200) {
                    Matcher outcome = OUTCOME.matcher(r[1]);
                    Matcher code = CODE.matcher(r[1]);
                    outcome.find();
                    return new String[] {outcome.group(1), code.find() ? code.group(1) : ""};
                }
                if (status < 500 || tryNo >= 10) {
                    throw new IllegalStateException("grab answered " + status + ": " + r[1]);
                }
            } catch (java.io.IOException e) {
                if (tryNo >= 10) {
                    throw e;
                }
            }
            retries.incrementAndGet();
            Thread.sleep(20L * (tryNo + 1));
        }
    }

    private static long createGiveaway(HttpClient http, String app, String admin, int quota, int limit) throws Exception {
        String body = "{\"title\":\"压测电影票\",\"item\":\"CINEMA_TICKET\",\"quota\":" + quota + ",\"perMemberLimit\":" + limit
                + ",\"opensAt\":\"" + LocalDateTime.now().minusSeconds(1).truncatedTo(ChronoUnit.SECONDS)
                + "\",\"holdMinutes\":60}";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(app + "/api/v1/giveaways"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("creating the giveaway: " + r.statusCode() + " " + r.body());
        }
        return Long.parseLong(EnrolmentImportBench.field(r.body(), "id"));
    }

    /** The database's word on a round: won = expected, nobody above the limit, pool = quota - won, the codes answered. */
    static String verify(long giveaway, int quota, int limit, int expected, Set<String> answered, List<String> problems)
            throws Exception {
        if (!problems.isEmpty()) {
            return "FAILED: " + problems.size() + " problems, e.g. " + problems.get(0);
        }
        try (Connection c = EnrolmentImportBench.connect(""); Statement s = c.createStatement()) {
            long won = single(s, "SELECT COUNT(*) FROM giveaway_ticket WHERE giveaway_id = " + giveaway
                    + " AND status <> 'RELEASED'");
            long most = single(s, "SELECT COALESCE(MAX(n), 0) FROM (SELECT COUNT(*) n FROM giveaway_ticket WHERE giveaway_id = "
                    + giveaway + " AND status <> 'RELEASED' GROUP BY member_id) x");
            long remaining = single(s, "SELECT remaining FROM giveaway WHERE id = " + giveaway);
            Set<String> stored = new HashSet<>();
            try (ResultSet r = s.executeQuery("SELECT code FROM giveaway_ticket WHERE giveaway_id = " + giveaway
                    + " AND status <> 'RELEASED'")) {
                while (r.next()) {
                    stored.add(r.getString(1));
                }
            }
            boolean ok = won == expected && most <= limit && remaining == quota - won && stored.equals(answered);
            return (ok ? "OK" : "FAILED") + String.format(" won %d = min(quota, askers x limit) %d, most per member %d, "
                    + "pool left %d, codes answered %d", won, expected, most, remaining, answered.size());
        }
    }

    private static long single(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * The same work done by the database alone: one JDBC connection per member, each transaction the ticket insert
     * (same table, keys and values as a grab) and the conditional decrement of a giveaway row, committed, or rolled
     * back when the pool is empty; a member stops at the limit or the empty pool, as over HTTP.
     */
    private static Round bareRound(int round, List<Long> memberIds, int quota, int limit, int expected) throws Exception {
        long giveaway;
        try (Connection c = EnrolmentImportBench.connect(""); PreparedStatement s = c.prepareStatement(
                "INSERT INTO giveaway (tenant_id, title, item, quota, remaining, opens_at, per_member_limit, hold_minutes, "
                        + "created_by, created_at, version) VALUES (?, '压测（数据库）', 'CINEMA_TICKET', ?, ?, NOW(), ?, 60, "
                        + "'bench', NOW(), 0)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, TENANT);
            s.setInt(2, quota);
            s.setInt(3, quota);
            s.setInt(4, limit);
            s.executeUpdate();
            try (ResultSet k = s.getGeneratedKeys()) {
                k.next();
                giveaway = k.getLong(1);
            }
        }
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < memberIds.size(); i++) {
            Connection c = EnrolmentImportBench.connect("");
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            connections.add(c);
        }
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        Set<String> codes = ConcurrentHashMap.newKeySet();
        AtomicInteger attempts = new AtomicInteger();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch gate = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        try {
            for (int m = 0; m < memberIds.size(); m++) {
                Connection c = connections.get(m);
                long memberId = memberIds.get(m);
                Thread t = new Thread(() -> {
                    try {
                        gate.await();
                        bareMember(c, giveaway, memberId, limit, nanos, codes, attempts);
                    } catch (Exception e) {
                        problems.add(e.toString());
                    }
                });
                t.start();
                threads.add(t);
            }
            Thread.sleep(500);
            long start = System.nanoTime();
            gate.countDown();
            for (Thread t : threads) {
                t.join();
            }
            double seconds = EnrolmentImportBench.seconds(start);
            Round r = new Round(attempts.get(), seconds, new ArrayList<>(nanos), 0, 0, codes);
            String verdict = verify(giveaway, quota, limit, expected, codes, problems);
            System.out.printf("  bare database %-8s %,6d transactions %6.2f s %,8.0f grabs/s  p50 %6.1f ms  p99 %6.1f ms  %s%n",
                    "round " + round, r.attempts(), seconds, r.rate(), pct(r.nanos(), 50), pct(r.nanos(), 99), verdict);
            return r;
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    private static void bareMember(Connection c, long giveaway, long memberId, int limit, List<Long> nanos, Set<String> codes,
                                   AtomicInteger attempts) throws Exception {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO giveaway_ticket (tenant_id, giveaway_id, member_id, "
                + "slot, code, status, idempotency_key, from_waitlist, won_at, hold_until, reminded, version) "
                + "VALUES (?, ?, ?, ?, ?, 'HELD', ?, FALSE, ?, ?, FALSE, 0)");
             PreparedStatement take = c.prepareStatement("UPDATE giveaway SET remaining = remaining - 1 WHERE id = ? "
                     + "AND remaining > 0 AND per_member_limit > ?")) {
            for (int slot = 0; slot <= limit; slot++) {
                long t0 = System.nanoTime();
                String code = "D" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 45), 36).toUpperCase();
                LocalDateTime now = LocalDateTime.now();
                boolean won = false;
                try {
                    insert.setString(1, TENANT);
                    insert.setLong(2, giveaway);
                    insert.setLong(3, memberId);
                    insert.setInt(4, slot);
                    insert.setString(5, code);
                    insert.setString(6, "bare-" + giveaway + "-" + memberId + "-" + slot);
                    insert.setTimestamp(7, Timestamp.valueOf(now));
                    insert.setTimestamp(8, Timestamp.valueOf(now.plusMinutes(60)));
                    insert.executeUpdate();
                    take.setLong(1, giveaway);
                    take.setInt(2, slot);
                    won = take.executeUpdate() == 1;
                } catch (SQLIntegrityConstraintViolationException e) {
                    won = false;
                }
                if (won) {
                    c.commit();
                    codes.add(code);
                } else {
                    c.rollback();
                }
                nanos.add(System.nanoTime() - t0);
                attempts.incrementAndGet();
                if (!won) {
                    return;
                }
            }
        }
    }

    /** Raises MariaDB's connection limit for the bare round (one connection per member) and gives the old one back. */
    private static int maxConnections(int wanted) throws Exception {
        try (Connection c = EnrolmentImportBench.connect(""); Statement s = c.createStatement()) {
            int old = (int) single(s, "SELECT @@GLOBAL.max_connections");
            if (wanted != old) {
                s.execute("SET GLOBAL max_connections = " + Math.max(wanted, 151));
            }
            return old;
        }
    }

    static double pct(List<Long> nanos, int p) {
        if (nanos.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * p / 100.0) - 1)) / 1e6;
    }
}
