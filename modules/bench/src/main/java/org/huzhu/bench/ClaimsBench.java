package org.huzhu.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;
import org.huzhu.kernel.identity.Gender;
import org.huzhu.kernel.identity.NationalId;

/**
 * N settlement lines (default 1,000,000) for N members enrolled in secondary reimbursement, through the running
 * platform: the members are enrolled first with an enrolment list (timed apart, not counted), then the settlement
 * file is imported (every claim checked and valued), then the approved claims are gathered onto a payout run;
 * in the same run the same number of rows, with the claim rows' columns and sizes,
 * is inserted into a plain table with multi-row batched INSERTs. Prints claims/s and the ratio to the raw rate.
 * {@code ./huzhu bench-claims [rows] [union code] [login] [--files N]}: with {@code --files}, the lines as one file
 * against as many in N files ({@link SettlementSizeBench}).
 */
public final class ClaimsBench {

    private static final String PLAN = "secondary-reimbursement";
    private static final int RAW_BATCH = 5_000;
    /** Two rows a person (two plans): an enrolment list takes at most 1,000,000 rows. */
    private static final int PEOPLE_PER_LIST = 500_000;

    private ClaimsBench() {
    }

    public static void main(String[] options) throws Exception {
        List<String> args = new ArrayList<>(List.of(options));
        int files = EnrolmentImportBench.option(args, "--files");
        int rows = args.size() > 0 ? Integer.parseInt(args.get(0)) : 1_000_000;
        String union = args.size() > 1 ? args.get(1) : "BJ-DC-001";
        String user = args.size() > 2 ? args.get(2) : "beijing-admin";
        String app = MemberGridBench.env("HUZHU_APP_URL", "http://localhost:" + MemberGridBench.env("HUZHU_HTTP_PORT", "9080"));
        String keycloak = MemberGridBench.env("HUZHU_KC_URL", "http://localhost:" + MemberGridBench.env("HUZHU_KC_PORT", "8180"));
        Supplier<String> token = tokens(keycloak, user);
        if (files > 0) {
            BufferPool pool = BufferPool.forBenchmark();
            try {
                new SettlementSizeBench(app, token, union, rows, files).run();
            } finally {
                pool.restore();
            }
            return;
        }
        int seed = (int) (System.currentTimeMillis() / 1000 % 100_000);
        LocalDate term = LocalDate.now().withDayOfYear(1);
        List<Path> lists = lists(rows);
        Path settlement = Files.createTempFile("claims-bench-settlement", ".csv");
        BufferPool pool = BufferPool.forBenchmark();
        try {
            writeFiles(lists, List.of(settlement), i -> 0, rows, seed, term);
            System.out.printf("claims bench: %,d members enrolled in %s (term %s) in %s, then %,d settlement lines (%.1f MB)%n",
                    rows, PLAN, term, union, rows, Files.size(settlement) / 1e6);
            enrolAll(app, token, union, term, lists);
            long start = System.nanoTime();
            String imported = upload(app, token, settlement);
            System.out.printf("  upload (counted below)   %8.1f s%n", EnrolmentImportBench.seconds(start));
            String done = await(app + "/api/v1/settlement-imports/" + EnrolmentImportBench.field(imported, "id"), token,
                    "DONE", 1_000);
            double importSeconds = EnrolmentImportBench.seconds(start);
            int created = Integer.parseInt(EnrolmentImportBench.field(done, "claimsCreated"));
            System.out.printf("  check + value            %8.1f s  %,10.0f claims/s  (%s approved, %s in review, %s rejected, "
                    + "%s bad lines)%n", importSeconds, created / importSeconds, EnrolmentImportBench.field(done, "approved"),
                    EnrolmentImportBench.field(done, "inReview"), EnrolmentImportBench.field(done, "rejected"),
                    EnrolmentImportBench.field(done, "badLines"));
            long run = System.nanoTime();
            String gathering = EnrolmentImportBench.send(HttpRequest.newBuilder(URI.create(app + "/api/v1/payout-runs"))
                    .POST(HttpRequest.BodyPublishers.noBody()), token.get());
            // The run's own page lists its payments first (JSON-B orders keys), so follow it in the list of runs,
            // newest first, whose first status is this run's.
            EnrolmentImportBench.field(gathering, "id");
            String gathered = await(app + "/api/v1/payout-runs?limit=1", token, "GATHERED", 1_000);
            double runSeconds = EnrolmentImportBench.seconds(run);
            int approved = Integer.parseInt(EnrolmentImportBench.field(done, "approved"));
            System.out.printf("  payout run (gather)      %8.1f s  %,10.0f claims/s  (%s)%n", runSeconds,
                    approved / runSeconds, gathered.length() > 200 ? gathered.substring(0, 200) : gathered);
            double endToEnd = created / (importSeconds + runSeconds);
            System.out.printf("  end to end               %8.1f s  %,10.0f claims/s%n", importSeconds + runSeconds, endToEnd);
            System.out.printf("  database settled after   %8.1f s (not counted)%n", settle());
            double raw = rawInsert(rows);
            System.out.printf("  raw batched INSERT       %,10.0f rows/s (same columns and row sizes, plain table)%n", raw);
            System.out.printf("  ratio                    %10.1f %% (target 60 %%, issue 17)%n", 100 * endToEnd / raw);
        } finally {
            for (Path list : lists) {
                Files.deleteIfExists(list);
            }
            Files.deleteIfExists(settlement);
            pool.restore();
        }
    }

    /** Empty files for the enrolment lists of this many people. */
    static List<Path> lists(int people) throws IOException {
        List<Path> lists = new ArrayList<>();
        for (int from = 0; from < people; from += PEOPLE_PER_LIST) {
            lists.add(Files.createTempFile("claims-bench-list", ".csv"));
        }
        return lists;
    }

    /** Enrols the people of these lists (timed apart, not counted) and waits for the database to settle. */
    static void enrolAll(String app, Supplier<String> token, String union, LocalDate term, List<Path> lists)
            throws Exception {
        long start = System.nanoTime();
        for (Path list : lists) {
            enrol(app, token, union, term, list);
        }
        System.out.printf("  enrolment (not counted)  %8.1f s%n", EnrolmentImportBench.seconds(start));
        System.out.printf("  database settled after   %8.1f s (not counted)%n", settle());
    }

    /** Uploads a settlement file; answers the import job as the platform answered it. */
    static String upload(String app, Supplier<String> token, Path settlement) throws Exception {
        return EnrolmentImportBench.send(HttpRequest.newBuilder(URI.create(app
                + "/api/v1/settlement-imports?fileName=bench.csv")).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofFile(settlement)), token.get());
    }

    /** One list through the platform: uploaded, checked, submitted and its fee paid (which starts the cover). */
    private static void enrol(String app, Supplier<String> token, String union, LocalDate term, Path list)
            throws Exception {
        String job = EnrolmentImportBench.send(HttpRequest.newBuilder(URI.create(app + "/api/v1/enrolment-imports?unionId="
                + EnrolmentImportBench.unionId(union) + "&termStart=" + term + "&fileName=bench.csv"))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofFile(list)), token.get());
        String enrolment = app + "/api/v1/enrolment-imports/" + EnrolmentImportBench.field(job, "id");
        await(enrolment, token, "CHECKED", 1_000);
        // confirm=true: a bench list enrols far more than the union's registered headcount, knowingly
        EnrolmentImportBench.send(HttpRequest.newBuilder(URI.create(enrolment + "/submission?confirm=true"))
                .POST(HttpRequest.BodyPublishers.noBody()), token.get());
        String submitted = await(enrolment, token, "SUBMITTED", 1_000);
        EnrolmentImportBench.send(HttpRequest.newBuilder(URI.create(enrolment + "/payments")).header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"amount\":\""
                + EnrolmentImportBench.field(submitted, "fee") + "\",\"paidOn\":\"" + term
                + "\",\"reference\":\"BENCH\"}")), token.get());
    }

    /**
     * Distinct new people (as the enrolment bench makes them) in lists of {@link #PEOPLE_PER_LIST}, one
     * secondary-reimbursement stay each, person i's in the settlement file {@code fileOf(i)}.
     */
    static void writeFiles(List<Path> lists, List<Path> settlements, IntUnaryOperator fileOf, int rows, int seed,
                           LocalDate term) throws IOException {
        long days = Math.max(1, LocalDate.now().minusDays(10).toEpochDay() - term.toEpochDay());
        List<BufferedWriter> files = new ArrayList<>();
        try {
            for (Path settlement : settlements) {
                BufferedWriter file = Files.newBufferedWriter(settlement, StandardCharsets.UTF_8);
                files.add(file);
                file.write("结算单号,身份证号,姓名,医院,入院日期,出院日期,医疗总费用,基本医保支付,个人自付,结算日期\n");
            }
            BufferedWriter enrol = null;
            for (int i = 0; i < rows; i++) {
                if (i % PEOPLE_PER_LIST == 0) {
                    if (enrol != null) {
                        enrol.close();
                    }
                    enrol = Files.newBufferedWriter(lists.get(i / PEOPLE_PER_LIST), StandardCharsets.UTF_8);
                    enrol.write("姓名,身份证号,手机号,会员卡号,保障计划,份数\n");
                }
                LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(i % 14_600);
                String id = NationalId.compose(String.valueOf(520_000 + seed % 9_000), birth, 2 * (i / 14_600),
                        i % 2 == 0 ? Gender.MALE : Gender.FEMALE).value();
                // Secondary reimbursement costs members nothing; a fee-paying plan beside it makes the list's fee,
                // whose payment (dated the term start) starts the cover of both.
                String person = "职工" + i + "," + id + ",13" + String.format("%09d", i) + ",62150000"
                        + String.format("%011d", (seed % 1_000) * 100_000_000L + i) + ",";
                enrol.write(person + PLAN + ",1\n");
                enrol.write(person + "inpatient-medical,1\n");
                LocalDate admission = term.plusDays(1 + i % days);
                long selfPaid = 30_000 + (i * 7_919L) % 2_500_000;
                long basic = 2 * selfPaid;
                files.get(fileOf.applyAsInt(i)).write("B" + seed + "-" + i + "," + id + ",职工" + i + ",北京协和医院," + admission + ","
                        + admission.plusDays(3) + "," + yuan(basic + selfPaid) + "," + yuan(basic) + "," + yuan(selfPaid)
                        + "," + admission.plusDays(4) + "\n");
            }
            if (enrol != null) {
                enrol.close();
            }
        } finally {
            for (BufferedWriter file : files) {
                file.close();
            }
        }
    }

    private static String yuan(long fen) {
        return fen / 100 + "." + String.format("%02d", fen % 100);
    }

    /**
     * Has MariaDB write back the pages the phase before dirtied and waits (at most five minutes) until it has also
     * purged the old row versions its updates left, so that no phase is billed for the one before: the payment that
     * starts the cover of two million enrolments leaves most of the buffer pool dirty, and MariaDB (no low-water
     * mark set) leaves it so until a writer of the next phase needs the pages. The dirty-page limit is set to 0
     * meanwhile and put back after. Returns the seconds waited.
     */
    static double settle() throws Exception {
        long start = System.nanoTime();
        try (Connection c = EnrolmentImportBench.connect(""); Statement s = c.createStatement()) {
            String limit;
            try (ResultSet r = s.executeQuery("SELECT @@GLOBAL.innodb_max_dirty_pages_pct")) {
                r.next();
                limit = r.getString(1);
            }
            s.execute("SET GLOBAL innodb_max_dirty_pages_pct = 0");
            try {
                while (EnrolmentImportBench.seconds(start) < 300) {
                    long dirty = status(s, "Innodb_buffer_pool_pages_dirty");
                    long total = status(s, "Innodb_buffer_pool_pages_total");
                    if (dirty * 20 < total && historyLength(s) < 10_000) {
                        break;
                    }
                    Thread.sleep(1_000);
                }
            } finally {
                s.execute("SET GLOBAL innodb_max_dirty_pages_pct = " + Double.parseDouble(limit));
            }
        }
        return EnrolmentImportBench.seconds(start);
    }

    private static long status(Statement s, String name) throws Exception {
        try (ResultSet r = s.executeQuery("SHOW GLOBAL STATUS LIKE '" + name + "'")) {
            return r.next() ? r.getLong(2) : 0;
        }
    }

    /** Undo records not purged yet, from the engine status (the same text on MariaDB and MySQL 8). */
    private static long historyLength(Statement s) throws Exception {
        try (ResultSet r = s.executeQuery("SHOW ENGINE INNODB STATUS")) {
            if (r.next()) {
                for (String line : r.getString(3).split("\n")) {
                    if (line.startsWith("History list length")) {
                        return Long.parseLong(line.substring("History list length".length()).trim());
                    }
                }
            }
        }
        return 0;
    }

    /**
     * The same number of rows with the claim table's columns (less its keys and indexes), values taken from the
     * claims just made, in multi-row INSERTs of 5,000 rows over JDBC ({@code rewriteBatchedStatements=true}).
     */
    private static double rawInsert(int rows) throws Exception {
        try (Connection c = EnrolmentImportBench.connect("?rewriteBatchedStatements=true");
             Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_raw_claim");
            s.execute("CREATE TABLE bench_raw_claim LIKE claim");
            try (ResultSet keys = s.executeQuery("SELECT DISTINCT index_name FROM information_schema.statistics "
                    + "WHERE table_schema = DATABASE() AND table_name = 'bench_raw_claim' AND index_name <> 'PRIMARY'")) {
                List<String> drop = new ArrayList<>();
                while (keys.next()) {
                    drop.add(keys.getString(1));
                }
                for (String key : drop) {
                    try (Statement d = c.createStatement()) {
                        d.execute("ALTER TABLE bench_raw_claim DROP INDEX " + key);
                    }
                }
            }
            List<Object[]> sample = new ArrayList<>();
            List<String> columns = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT * FROM claim WHERE channel = 'SETTLEMENT' ORDER BY id DESC LIMIT "
                    + RAW_BATCH)) {
                ResultSetMetaData meta = r.getMetaData();
                for (int i = 2; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnName(i));
                }
                while (r.next()) {
                    Object[] row = new Object[columns.size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = r.getObject(i + 2);
                    }
                    sample.add(row);
                }
            }
            int sourceRef = columns.indexOf("source_ref");
            String sql = "INSERT INTO bench_raw_claim (" + String.join(",", columns) + ") VALUES ("
                    + String.join(",", columns.stream().map(x -> "?").toList()) + ")";
            c.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement insert = c.prepareStatement(sql)) {
                for (int i = 0; i < rows; i++) {
                    Object[] row = sample.get(i % sample.size());
                    for (int col = 0; col < row.length; col++) {
                        insert.setObject(col + 1, col == sourceRef ? "R" + i : row[col]);
                    }
                    insert.addBatch();
                    if ((i + 1) % RAW_BATCH == 0 || i == rows - 1) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
            }
            double secs = EnrolmentImportBench.seconds(start);
            s.execute("DROP TABLE bench_raw_claim");
            return rows / secs;
        }
    }

    /** Asks for the job every {@code pollMillis} until it has this status; throws when it failed. */
    static String await(String url, Supplier<String> token, String status, long pollMillis) throws Exception {
        while (true) {
            String job = EnrolmentImportBench.send(HttpRequest.newBuilder(URI.create(url)).GET(), token.get());
            String now = EnrolmentImportBench.field(job, "status");
            if (now.equals(status)) {
                return job;
            }
            if (now.equals("FAILED")) {
                throw new IllegalStateException("job failed: " + job);
            }
            Thread.sleep(pollMillis);
        }
    }

    /** A token fetched again every two minutes: the run outlasts Keycloak's five-minute tokens. */
    private static Supplier<String> tokens(String keycloak, String user) {
        long[] at = {0};
        String[] token = {null};
        return () -> {
            if (System.nanoTime() - at[0] > 120e9) {
                try {
                    token[0] = MemberGridBench.token(keycloak, user);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                at[0] = System.nanoTime();
            }
            return token[0];
        };
    }
}
