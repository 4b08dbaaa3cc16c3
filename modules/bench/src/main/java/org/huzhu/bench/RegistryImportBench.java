package org.huzhu.bench;

import static org.huzhu.bench.EnrolmentImportBench.connect;
import static org.huzhu.bench.EnrolmentImportBench.field;
import static org.huzhu.bench.EnrolmentImportBench.seconds;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * The enrolment bench at Beijing's size (issue 17): the tenant's registry already holds {@code registry} members
 * (4,000,000: {@code ./huzhu bench-import 1000000 --registry 4000000} fills it with demo members first, untimed),
 * and the timed list of {@code rows} is half people the registry knows (enrolled by an untimed list of their own
 * before, for an earlier term) and half new people, alternating. Timed from upload to enrolled, as the plain bench.
 * The ceiling, in the same run: the database alone doing the same work on tables of the same shape and size:
 * copies of member, enrolment and notice_outbox filled with as many members (the known half among them, by the
 * same keyed hash), then the list loaded, its new people added (INSERT IGNORE on the national ID's unique key: the
 * known half is skipped by the key, as our check finds them), every row enrolled, a notice row per chunk.
 */
final class RegistryImportBench {

    private static final String BENCH_KEY = "'bench-key'";

    private final String app;
    private final String token;
    private final String union;
    private final int rows;
    private final int registry;

    RegistryImportBench(String app, String token, String union, int rows, int registry) {
        this.app = app;
        this.token = token;
        this.union = union;
        this.rows = rows;
        this.registry = registry;
    }

    /** How many members the tenant of the union lacks for the registry the run needs (0: none). */
    static long shortfall(String union, int rows, int registry) throws Exception {
        long needed = registry - rows / 2L - members(union);
        return Math.max(0, needed);
    }

    void run() throws Exception {
        if (members(union) + rows / 2 < registry) {
            throw new IllegalStateException("the registry holds " + members(union) + " members; fill it first (the README's"
                    + " command does: ./huzhu bench-import " + rows + " --registry " + registry + ")");
        }
        int seed = (int) (System.currentTimeMillis() / 1000 % 100_000);
        int known = rows / 2;
        Path knownFile = Files.createTempFile("registry-known", ".csv");
        Path list = Files.createTempFile("registry-list", ".csv");
        try {
            write(knownFile, known, seed, false);
            write(list, rows, seed, true);
            long unionId = EnrolmentImportBench.unionId(union);
            long t0 = System.nanoTime();
            String first = importList(unionId, knownFile, LocalDate.of(2030 + seed % 9, 1, 1));
            long registryAtList = members(union);
            System.out.printf("registry of %,d members; %,d known people enrolled first, untimed (%.0f s: %s enrolled)%n",
                    registryAtList, known, seconds(t0), field(first, "enrolledRows"));
            long start = System.nanoTime();
            String done = importList(unionId, list, EnrolmentImportBench.term(seed));
            double ours = rows / seconds(start);
            System.out.printf("enrolment list of %,d rows (%,d known, %,d new) into a registry of %,d: %.1f s, "
                    + "%s enrolled, %,d new members%n", rows, known, rows - known, registryAtList, seconds(start),
                    field(done, "enrolledRows"), members(union) - registryAtList);
            System.out.printf("  import, all checks %,10.0f rows/s%n", ours);
            double ceiling = ceiling(knownFile, list, registryAtList);
            System.out.printf("  the database alone %,10.0f rows/s  (copies of member, enrolment and notice_outbox "
                    + "holding %,d members, the same list)%n", ceiling, registryAtList);
            System.out.printf("  ratio              %10.1f %%%n", 100 * ours / ceiling);
        } finally {
            Files.deleteIfExists(knownFile);
            Files.deleteIfExists(list);
        }
    }

    private String importList(long unionId, Path file, LocalDate term) throws Exception {
        return EnrolmentImportBench.importList(app, token, unionId, file, term);
    }

    /**
     * The known file: people 0..n-1 of the seed. The list: row 2k the known person k, row 2k+1 a new person (the
     * next seed's region), so every chunk the import writes has both kinds.
     */
    private static void write(Path file, int n, int seed, boolean mixed) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("姓名,身份证号,手机号,会员卡号,保障计划,份数\n");
            for (int i = 0; i < n; i++) {
                boolean fresh = mixed && i % 2 == 1;
                int person = mixed ? i / 2 : i;
                String id = EnrolmentImportBench.person(seed + (fresh ? 1 : 0), person);
                // a known person keeps the phone the registry has for them; new people's are of another range
                out.write("职工" + (fresh ? "新" : "") + person + "," + id + ",13"
                        + String.format("%09d", fresh ? 100_000_000 + person : person) + ",,"
                        + (i % 3 == 0 ? "inpatient-medical" : "accident-injury")
                        + "," + (1 + i % 3) + "\n");
            }
        }
    }

    private double ceiling(Path knownFile, Path list, long registryAtList) throws Exception {
        try (Connection c = connect("?allowLoadLocalInfile=true"); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_member, bench_enrolment, bench_notice, bench_list");
            s.execute("CREATE TABLE bench_member LIKE member");
            s.execute("CREATE TABLE bench_enrolment LIKE enrolment");
            s.execute("CREATE TABLE bench_notice LIKE notice_outbox");
            fill(s, knownFile, registryAtList - rows / 2);
            long start = System.nanoTime();
            EnrolmentImportBench.loadList(s, "bench_list", list);
            s.execute("INSERT IGNORE INTO bench_member " + MEMBER_COLUMNS + " SELECT " + memberValues("name",
                    "id_number", "phone") + " FROM bench_list");
            s.execute("INSERT INTO bench_enrolment " + ENROLMENT_COLUMNS + " SELECT 'bench', m.id, l.plan_code, 1, "
                    + "'2041-01-01', '2041-12-31', l.units, 1000, 3, 'BJ-DC-001', 2, NOW(3) FROM bench_list l JOIN "
                    + "bench_member m ON m.tenant_id = 'bench' AND m.id_number_hash = " + hash("l.id_number"));
            s.execute("INSERT INTO bench_notice (tenant_id, member_id, channel, kind, reference, body, member_ids, "
                    + "created_at) SELECT 'bench', 0, 'LIST', 'ENROLMENT', CONCAT('enrolment-list:2:', MAX(id), "
                    + "':', plan_code), CONCAT(COUNT(*), ' notices'), COMPRESS(GROUP_CONCAT(member_id)), NOW(3) "
                    + "FROM bench_enrolment WHERE import_id = 2 GROUP BY id DIV 2000, plan_code");
            double secs = seconds(start);
            s.execute("DROP TABLE bench_member, bench_enrolment, bench_notice, bench_list");
            return rows / secs;
        }
    }

    private static final String MEMBER_COLUMNS = "(tenant_id, name, gender, birth_date, id_number_cipher, "
            + "id_number_hash, id_number_masked, phone_cipher, phone_masked, org_unit_id, org_path, status, joined_on)";
    private static final String ENROLMENT_COLUMNS = "(tenant_id, member_id, plan_code, plan_version, term_start, "
            + "term_end, units, fee_fen, union_id, union_code, import_id, enrolled_at)";

    /** A member row's values in SQL, as the import makes them: encryption, keyed hash and masks. */
    private static String memberValues(String name, String id, String phone) {
        return "'bench', " + name + ", IF(SUBSTRING(" + id + ", 17, 1) % 2 = 1, 'M', 'F'), STR_TO_DATE(SUBSTRING("
                + id + ", 7, 8), '%Y%m%d'), AES_ENCRYPT(" + id + ", " + BENCH_KEY + "), " + hash(id) + ", CONCAT(LEFT("
                + id + ", 6), '********', RIGHT(" + id + ", 4)), AES_ENCRYPT(" + phone + ", " + BENCH_KEY
                + "), CONCAT(LEFT(" + phone + ", 3), '****', RIGHT(" + phone + ", 4)), 1, '/1/2/3/', 'ACTIVE', CURDATE()";
    }

    private static String hash(String id) {
        return "UNHEX(SHA2(CONCAT(" + BENCH_KEY + ", " + id + "), 256))";
    }

    /**
     * Untimed: the copies made the registry's size: the known people (by the same hash as the list's) and as many
     * other members, each with an enrolment of an earlier term.
     */
    private void fill(Statement s, Path knownFile, long others) throws Exception {
        long t0 = System.nanoTime();
        s.execute("DROP TABLE IF EXISTS bench_known");
        EnrolmentImportBench.loadList(s, "bench_known", knownFile);
        s.execute("INSERT INTO bench_member " + MEMBER_COLUMNS + " SELECT " + memberValues("name", "id_number", "phone")
                + " FROM bench_known");
        s.execute("DROP TABLE bench_known");
        for (long from = 0; from < others; from += 500_000) { // in pieces: one huge statement would fill the undo log
            long to = Math.min(others, from + 500_000) - 1;
            // other people than the list's (region 110101, theirs 51xxxx), a birth day and a sequence number each
            s.execute("INSERT INTO bench_member " + MEMBER_COLUMNS + " SELECT " + memberValues("CONCAT('成员', seq)",
                    "CONCAT('110101', DATE_FORMAT('1960-01-01' + INTERVAL seq % 14600 DAY, '%Y%m%d'), "
                            + "LPAD(seq DIV 14600, 3, '0'), 'X')", "CONCAT('139', LPAD(seq, 8, '0'))")
                    + " FROM seq_" + from + "_to_" + to);
        }
        s.execute("INSERT INTO bench_enrolment " + ENROLMENT_COLUMNS + " SELECT 'bench', id, 'accident-injury', 1, "
                + "'2039-01-01', '2039-12-31', 1, 1000, 3, 'BJ-DC-001', 1, NOW(3) FROM bench_member");
        s.execute("ANALYZE TABLE bench_member, bench_enrolment");
        System.out.printf("  (the copies filled with %,d members and their enrolments in %.0f s, untimed)%n",
                others + rows / 2, seconds(t0));
    }

    private static long members(String union) throws Exception {
        return Long.parseLong(ask("SELECT COUNT(*) FROM member WHERE tenant_id = (SELECT tenant_id FROM org_unit"
                + " WHERE code = ?)", union));
    }

    static String tenant(String union) throws Exception {
        return ask("SELECT tenant_id FROM org_unit WHERE code = ?", union);
    }

    private static String ask(String sql, String union) throws Exception {
        try (Connection c = connect(""); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, union);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalArgumentException("no org unit " + union);
                }
                return r.getString(1);
            }
        }
    }
}
