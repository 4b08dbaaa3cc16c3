package org.huzhu.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huzhu.kernel.identity.Gender;
import org.huzhu.kernel.identity.NationalId;

/**
 * An enrolment list of N new members (default 1,000,000) imported through the running platform, checks,
 * registry and enrolments included, timed from upload to enrolled; then, in the same run, the same file
 * loaded with MariaDB's LOAD DATA into a plain table. Prints both rates and their ratio.
 * {@code ./huzhu bench-import [rows] [union code] [login] [--registry N | --lists N]}: with {@code --registry}, the list
 * goes into a registry of N members, half of it people already known ({@link RegistryImportBench}); with
 * {@code --lists}, the rows as one list against as many in N lists ({@link ListSizeBench}).
 */
public final class EnrolmentImportBench {

    private static final int WARM_UP = 200_000;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\":(\"[^\"]*\"|-?\\d+|null)");

    private EnrolmentImportBench() {
    }

    public static void main(String[] options) throws Exception {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(options));
        int registry = option(args, "--registry");
        int lists = option(args, "--lists");
        boolean shortfall = args.remove("--shortfall");
        int rows = args.size() > 0 ? Integer.parseInt(args.get(0)) : 1_000_000;
        String union = args.size() > 1 ? args.get(1) : "BJ-DC-001";
        String user = args.size() > 2 ? args.get(2) : "beijing-admin";
        if (shortfall) { // for ./huzhu, which fills the registry with demo members before the run
            System.out.println(RegistryImportBench.tenant(union) + " " + RegistryImportBench.shortfall(union, rows, registry));
            return;
        }
        String app = MemberGridBench.env("HUZHU_APP_URL", "http://localhost:" + MemberGridBench.env("HUZHU_HTTP_PORT", "9080"));
        String token = MemberGridBench.token(MemberGridBench.env("HUZHU_KC_URL", "http://localhost:" + MemberGridBench.env("HUZHU_KC_PORT", "8180")), user);
        if (lists > 0) {
            BufferPool pool = BufferPool.forBenchmark();
            try {
                new ListSizeBench(app, token, union, rows, lists).run();
            } finally {
                pool.restore();
            }
            return;
        }
        if (registry > 0) {
            BufferPool pool = BufferPool.forBenchmark();
            try {
                new RegistryImportBench(app, token, union, rows, registry).run();
            } finally {
                pool.restore();
            }
            return;
        }
        Path file = Files.createTempFile("enrolment-bench", ".csv");
        BufferPool pool = BufferPool.forBenchmark();
        try {
            int seed = (int) (System.currentTimeMillis() / 1000 % 100_000);
            LocalDate term = term(seed);
            write(file, rows, seed);
            System.out.printf("enrolment import of %,d rows (%.1f MB CSV) into %s, term %s%n", rows,
                    Files.size(file) / 1e6, union, term);
            long unionId = unionId(union);
            warmUp(app, token, unionId, seed);
            long[] before = lastIds();
            ClaimsBench.settle(); // each timed phase starts with the pages of the one before written back
            long start = System.nanoTime();
            String job = send(HttpRequest.newBuilder(URI.create(app + "/api/v1/enrolment-imports?unionId=" + unionId
                    + "&termStart=" + term + "&fileName=bench.csv")).header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofFile(file)), token);
            long id = Long.parseLong(field(job, "id"));
            double uploaded = seconds(start);
            String checked = await(app, token, id, "CHECKED");
            double checkedAt = seconds(start);
            // confirm=true: a bench list enrols far more than the union's registered headcount, knowingly
            send(HttpRequest.newBuilder(URI.create(app + "/api/v1/enrolment-imports/" + id + "/submission?confirm=true"))
                    .POST(HttpRequest.BodyPublishers.noBody()), token);
            String done = await(app, token, id, "SUBMITTED");
            double total = seconds(start);
            System.out.printf("  upload and count   %7.1f s%n", uploaded);
            System.out.printf("  check              %7.1f s  (%s good, %s bad)%n", checkedAt - uploaded,
                    field(checked, "goodRows"), field(checked, "badRows"));
            System.out.printf("  enrol              %7.1f s  (%s enrolled)%n", total - checkedAt, field(done, "enrolledRows"));
            double ours = rows / total;
            System.out.printf("  import, all checks %,10.0f rows/s%n", ours);
            double raw = loadData(file, rows);
            System.out.printf("  LOAD DATA, plain   %,10.0f rows/s  (ours %.1f %% of it)%n", raw, 100 * ours / raw);
            double empty = loadIndexed(file, rows, null);
            System.out.printf("  LOAD DATA, indexed %,10.0f rows/s  into empty copies of member, enrolment and notice_outbox"
                    + " (%.1f %% of plain); ours: %.1f %%%n", empty, 100 * empty / raw, 100 * ours / empty);
            double filled = loadIndexed(file, rows, before);
            System.out.printf("  LOAD DATA, indexed %,10.0f rows/s  into copies holding what the tables held before the"
                    + " upload (%,d members); ours: %.1f %%%n", filled, before[0] == 0 ? 0 : count("member", before[0]),
                    100 * ours / filled);
        } finally {
            Files.deleteIfExists(file);
            pool.restore();
        }
    }

    /**
     * A list of {@value #WARM_UP} other people imported and submitted first, untimed, and their notices sent: a server
     * in use has its import code compiled. After a warm-up of 50,000 the compiler still took a quarter of the
     * server's processor time during the timed list (cpu profile, 2026-12-01); on a server that had enrolled a
     * million, a further list set off a few compilations only (-Xlog jit+compilation).
     */
    private static void warmUp(String app, String token, long unionId, int seed) throws Exception {
        Path file = Files.createTempFile("enrolment-warm-up", ".csv");
        try {
            write(file, WARM_UP, seed + 1); // the next seed's region: none of the timed list's people
            long start = System.nanoTime();
            importList(app, token, unionId, file, term(seed + 1));
            System.out.printf("  warm-up list of %,d other people, untimed (%.1f s)%n", WARM_UP, seconds(start));
            long sending = System.nanoTime();
            noticesSent();
            System.out.printf("  its notices sent, untimed (%.1f s)%n", seconds(sending));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Waits (at most ten minutes) until the outbox holds no unsent notice. */
    private static void noticesSent() throws Exception {
        long until = System.nanoTime() + 600_000_000_000L;
        try (Connection c = connect(""); var s = c.createStatement()) {
            while (System.nanoTime() < until) {
                try (var r = s.executeQuery("SELECT COUNT(*) FROM notice_outbox WHERE sent_at IS NULL AND attempts < 10")) {
                    if (r.next() && r.getLong(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException("notices of the warm-up list still unsent after ten minutes");
    }

    /** Uploads a list, waits for its check, submits it and waits for it to be enrolled; answers the job at the end. */
    static String importList(String app, String token, long unionId, Path file, LocalDate term) throws Exception {
        return importList(app, token, unionId, file, term, 1_000);
    }

    /** The same, asking for the job's status every {@code pollMillis}. */
    static String importList(String app, String token, long unionId, Path file, LocalDate term, long pollMillis)
            throws Exception {
        String job = send(HttpRequest.newBuilder(URI.create(app + "/api/v1/enrolment-imports?unionId=" + unionId
                + "&termStart=" + term + "&fileName=" + file.getFileName())).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofFile(file)), token);
        long id = Long.parseLong(field(job, "id"));
        await(app, token, id, "CHECKED", pollMillis);
        send(HttpRequest.newBuilder(URI.create(app + "/api/v1/enrolment-imports/" + id + "/submission?confirm=true"))
                .POST(HttpRequest.BodyPublishers.noBody()), token);
        return await(app, token, id, "SUBMITTED", pollMillis);
    }

    /** The value after {@code name} in the arguments, both taken out of them; 0 when it is not there. */
    static int option(java.util.List<String> args, String name) {
        int at = args.indexOf(name);
        if (at < 0 || at + 1 >= args.size()) {
            return 0;
        }
        int value = Integer.parseInt(args.get(at + 1));
        args.subList(at, at + 2).clear();
        return value;
    }

    /**
     * The same file loaded by the database alone into copies of the member, enrolment and notice_outbox tables
     * (their keys and indexes), every value computed in SQL: encryption, keyed hash and masks as the import
     * makes them, the outbox's list rows (one per chunk) as the import writes them, no checks. No import that keeps the
     * registry's keys and indexes can go faster than this, so it tells how much of the gap to the plain load is the
     * tables' own cost and how much is ours.
     * <p>
     * Into empty copies ({@code before} null), MariaDB (10.6 on) writes no undo record per row, as a transaction's
     * first insert into an empty table can be undone by emptying it: a path no import into a registry in use can
     * take. With {@code before}, the copies first hold what the real tables held when the import began (untimed),
     * as ours did.
     */
    private static double loadIndexed(Path file, int rows, long[] before) throws Exception {
        try (Connection c = connect("?allowLoadLocalInfile=true");
             Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_member, bench_enrolment, bench_notice");
            s.execute("CREATE TABLE bench_member LIKE member");
            s.execute("CREATE TABLE bench_enrolment LIKE enrolment");
            s.execute("CREATE TABLE bench_notice LIKE notice_outbox");
            if (before != null) { // untimed: the rows the real tables held when the import began
                s.execute("INSERT INTO bench_member SELECT * FROM member WHERE id <= " + before[0]);
                s.execute("INSERT INTO bench_enrolment SELECT * FROM enrolment WHERE id <= " + before[1]);
                s.execute("INSERT INTO bench_notice SELECT * FROM notice_outbox WHERE id <= " + before[2]);
            }
            ClaimsBench.settle();
            long start = System.nanoTime();
            s.execute("LOAD DATA LOCAL INFILE '" + file.toAbsolutePath() + "' INTO TABLE bench_member "
                    + "CHARACTER SET utf8mb4 FIELDS TERMINATED BY ',' LINES TERMINATED BY '\\n' IGNORE 1 LINES "
                    + "(name, @id, @phone, @card, @plan, @units) SET tenant_id = 'bench', "
                    + "gender = IF(SUBSTRING(@id, 17, 1) % 2 = 1, 'M', 'F'), "
                    + "birth_date = STR_TO_DATE(SUBSTRING(@id, 7, 8), '%Y%m%d'), "
                    + "id_number_cipher = AES_ENCRYPT(@id, 'bench-key'), "
                    + "id_number_hash = UNHEX(SHA2(CONCAT('bench-key', @id), 256)), "
                    + "id_number_masked = CONCAT(LEFT(@id, 6), '********', RIGHT(@id, 4)), "
                    + "phone_cipher = AES_ENCRYPT(@phone, 'bench-key'), "
                    + "phone_masked = CONCAT(LEFT(@phone, 3), '****', RIGHT(@phone, 4)), "
                    + "org_unit_id = 1, org_path = '/1/2/3/', status = 'ACTIVE', joined_on = CURDATE()");
            s.execute("INSERT INTO bench_enrolment (tenant_id, member_id, plan_code, plan_version, term_start, term_end, "
                    + "units, fee_fen, union_id, union_code, import_id, enrolled_at) SELECT 'bench', id, "
                    + "'accident-injury', 1, '2040-01-01', '2040-12-31', 1, 1000, 3, 'BJ-DC-001', 1, NOW(3) FROM bench_member");
            // the outbox as the import writes it: one list row per chunk of 2,000 and plan, its member ids packed
            s.execute("INSERT INTO bench_notice (tenant_id, member_id, channel, kind, reference, body, member_ids, "
                    + "created_at) SELECT 'bench', 0, 'LIST', 'ENROLMENT', CONCAT('enrolment-list:1:', MAX(id), "
                    + "':accident-injury'), CONCAT(COUNT(*), ' notices'), COMPRESS(GROUP_CONCAT(id)), NOW(3) "
                    + "FROM bench_member GROUP BY id DIV 2000");
            double secs = seconds(start);
            s.execute("DROP TABLE bench_member, bench_enrolment, bench_notice");
            return rows / secs;
        }
    }

    /**
     * A new term per run (a list enrols nobody twice), early enough that everyone {@link #person} makes, born 1960 to
     * 1999, is within the plans' ages (16 to 120): every row is good, so runs with different seeds do the same work.
     */
    static LocalDate term(int seed) {
        return LocalDate.of(2040 + seed % 40, 1, 1);
    }

    static void write(Path file, int rows, int seed) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("姓名,身份证号,手机号,会员卡号,保障计划,份数\n");
            for (int i = 0; i < rows; i++) {
                out.write("职工" + i + "," + person(seed, i) + ",13" + String.format("%09d", i) + ",,"
                        + (i % 3 == 0 ? "inpatient-medical" : "accident-injury") + "," + (1 + i % 3) + "\n");
            }
        }
    }

    /**
     * Distinct people of a seed (its region): a birth date per row within 40 years, and an even sequence number per
     * round of them that the gender's parity (odd for men) may raise by one, never onto the next round's.
     */
    static String person(int seed, int i) {
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(i % 14_600);
        return NationalId.compose(String.valueOf(510_000 + seed % 9_000), birth, 2 * (i / 14_600),
                i % 2 == 0 ? Gender.MALE : Gender.FEMALE).value();
    }

    /** A plain table of the list file's columns, as text, and the file loaded into it by the database alone. */
    static void loadList(Statement s, String table, Path file) throws SQLException {
        s.execute("CREATE TABLE " + table + " (name VARCHAR(60), id_number VARCHAR(18), phone VARCHAR(11), "
                + "card_no VARCHAR(32), plan_code VARCHAR(40), units VARCHAR(4)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
        s.execute("LOAD DATA LOCAL INFILE '" + file.toAbsolutePath() + "' INTO TABLE " + table
                + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY ',' LINES TERMINATED BY '\\n' IGNORE 1 LINES");
    }

    private static double loadData(Path file, int rows) throws Exception {
        try (Connection c = connect("?allowLoadLocalInfile=true");
             Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_raw_enrolment");
            ClaimsBench.settle();
            long start = System.nanoTime(); // the table's creation is counted too: a few milliseconds
            loadList(s, "bench_raw_enrolment", file);
            double secs = seconds(start);
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM bench_raw_enrolment")) {
                r.next();
                if (r.getLong(1) != rows) {
                    throw new IllegalStateException("LOAD DATA loaded " + r.getLong(1) + " rows of " + rows);
                }
            }
            s.execute("DROP TABLE bench_raw_enrolment");
            return rows / secs;
        }
    }

    /** The highest ids of member, enrolment and notice_outbox now (0 for an empty table). */
    private static long[] lastIds() throws SQLException {
        long[] ids = new long[3];
        String[] tables = {"member", "enrolment", "notice_outbox"};
        try (Connection c = connect(""); Statement s = c.createStatement()) {
            for (int i = 0; i < tables.length; i++) {
                try (ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + tables[i])) {
                    r.next();
                    ids[i] = r.getLong(1);
                }
            }
        }
        return ids;
    }

    private static long count(String table, long upToId) throws SQLException {
        try (Connection c = connect(""); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table + " WHERE id <= " + upToId)) {
            r.next();
            return r.getLong(1);
        }
    }

    static long unionId(String code) throws Exception {
        try (Connection c = connect("");
             var s = c.prepareStatement("SELECT id FROM org_unit WHERE code = ?")) {
            s.setString(1, code);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalArgumentException("no org unit " + code);
                }
                return r.getLong(1);
            }
        }
    }

    static String await(String app, String token, long id, String status) throws Exception {
        return await(app, token, id, status, 1_000);
    }

    static String await(String app, String token, long id, String status, long pollMillis) throws Exception {
        while (true) {
            String job = send(HttpRequest.newBuilder(URI.create(app + "/api/v1/enrolment-imports/" + id)).GET(), token);
            String now = field(job, "status");
            if (now.equals(status)) {
                return job;
            }
            if (now.equals("FAILED")) {
                throw new IllegalStateException("import failed: " + field(job, "failure"));
            }
            Thread.sleep(pollMillis);
        }
    }

    static String send(HttpRequest.Builder request, String token) throws Exception {
        HttpResponse<String> response = HTTP.send(request.header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(10)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static String field(String json, String name) {
        Matcher m = FIELD.matcher(json);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return m.group(2).replace("\"", "");
            }
        }
        throw new IllegalStateException("no " + name + " in " + json);
    }

    /** A connection to the platform's database as the bench's user; {@code query} is appended to the URL. */
    static Connection connect(String query) throws SQLException {
        return DriverManager.getConnection(jdbcUrl() + query, MemberGridBench.env("HUZHU_DB_USER", "root"),
                MemberGridBench.env("HUZHU_DB_PASSWORD", ""));
    }

    static String jdbcUrl() {
        return "jdbc:mysql://" + MemberGridBench.env("HUZHU_DB_HOST", "127.0.0.1") + ":" + MemberGridBench.env("HUZHU_DB_PORT", "3306") + "/"
                + MemberGridBench.env("HUZHU_DB_NAME", "huzhu");
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
