package org.huzhu.bench;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.huzhu.kernel.calendar.WorkingDayCalendar;
import org.huzhu.reporting.api.ReportPeriod;
import org.huzhu.reporting.domain.FigureRow;
import org.huzhu.reporting.domain.QuickPayment;
import org.huzhu.reporting.infrastructure.FigureQueries;
import org.huzhu.reporting.infrastructure.Recount;
import org.huzhu.tenancy.api.SchemaMigrations;

/**
 * N claims (default 10,000,000) and their enrolments (one per two claims) and payments, across T tenants (default
 * 300), written straight into a database of its own ({@code huzhu_bench_reports}, recreated) by INSERT ... SELECT
 * over MariaDB's sequence tables, one tenant per transaction; then the read models built by the recount; then each
 * dashboard's figures timed from the read model (what the server runs) against the same figures by plain GROUP BY
 * over the raw tables, with the ratio. Also checks that both give the same numbers.
 * {@code ./huzhu bench-reports [claims] [tenants] [--time-only [offices]]} (the last: time the dashboards of the
 * database a previous run left, without generating it again; {@code offices}: the offices' alone, in seconds).
 */
public final class ReportsBench {

    static final String[] PLANS = {"inpatient-medical", "accident-injury", "critical-illness", "secondary-reimbursement",
            "gig-worker-accident"};
    static final LocalDate BASE = LocalDate.of(2025, 1, 1);
    static final int AGENCIES = 10;
    static final int RUNS = 20;
    static final int WARM_UP = 30;

    private ReportsBench() {
    }

    public static void main(String[] args) throws Exception {
        long claims = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        int tenants = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        String database = MemberGridBench.env("HUZHU_BENCH_REPORTS_DB", "huzhu_bench_reports");
        LocalDate today = LocalDate.now();
        int days = (int) (today.minusDays(20).toEpochDay() - BASE.toEpochDay());
        long perTenant = claims / tenants;
        System.out.printf("bench-reports: %,d claims (%,d per tenant), %,d enrolments, %d tenants, database %s%n",
                perTenant * tenants, perTenant, perTenant / 2 * tenants, tenants, database);
        BufferPool pool = BufferPool.forBenchmark();
        boolean timeOnly = args.length > 2 && args[2].equals("--time-only");
        try {
            if (timeOnly) {
                try (Connection c = dataSource(database).getConnection()) {
                    time(c, today, !(args.length > 3 && args[3].equals("offices")));
                }
                return;
            }
            try (Connection c = BufferPool.server(); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database);
                s.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            MysqlDataSource ds = dataSource(database);
            SchemaMigrations.migrate(ds);
            try (Connection c = ds.getConnection()) {
                long start = System.nanoTime();
                for (int t = 1; t <= tenants; t++) {
                    generate(c, t, perTenant, days);
                    if (t % 25 == 0) {
                        System.out.printf("  %d tenants generated, %.0f s%n", t, seconds(start));
                    }
                }
                System.out.printf("generated %,d claims in %.0f s (%,.0f claims/s with their enrolments and payments)%n",
                        perTenant * tenants, seconds(start), perTenant * tenants / seconds(start));
                start = System.nanoTime();
                WorkingDayCalendar weekdays = WorkingDayCalendar.of(List.of());
                for (int t = 1; t <= tenants; t++) {
                    c.setAutoCommit(false);
                    Recount.run(c, tenant(t), day -> QuickPayment.until(weekdays, day));
                    c.commit();
                    c.setAutoCommit(true);
                }
                System.out.printf("read models built (recount of every tenant) in %.0f s%n", seconds(start));
                analyze(c);
                time(c, today, true);
            }
        } finally {
            pool.restore();
        }
    }

    private static MysqlDataSource dataSource(String database) {
        MysqlDataSource ds = new MysqlDataSource();
        ds.setUrl(EnrolmentImportBench.jdbcUrl().replaceAll("/[^/?]*$", "/" + database));
        ds.setUser(MemberGridBench.env("HUZHU_DB_USER", "root"));
        ds.setPassword(MemberGridBench.env("HUZHU_DB_PASSWORD", ""));
        return ds;
    }

    static String tenant(int t) {
        return String.format("city%03d", t);
    }

    private static void generate(Connection c, int t, long claims, int days) throws SQLException {
        String tenant = tenant(t);
        long enrolments = claims / 2;
        long offset = (long) t * 100_000_000L;
        try (Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("INSERT INTO enrolment (id, tenant_id, member_id, plan_code, plan_version, term_start, term_end, units,"
                    + " fee_fen, union_id, union_code, agency_id, import_id, cover_start, enrolled_at) SELECT "
                    + offset + " + seq, '" + tenant + "', " + offset + " + seq, ELT(1 + seq % 5, " + plans() + "), 1,"
                    + " MAKEDATE(YEAR(d), 1), MAKEDATE(YEAR(d), 1) + INTERVAL 1 YEAR - INTERVAL 1 DAY, 1,"
                    + " 3000 + (seq % 4) * 1000, 1000 + seq % 200, 'U', 1 + seq % " + AGENCIES + ", 1, MAKEDATE(YEAR(d), 1),"
                    + " d + INTERVAL (seq % 36000) SECOND FROM (SELECT seq, '" + BASE + "' + INTERVAL ((seq * 13) % " + days
                    + ") DAY d FROM seq_0_to_" + (enrolments - 1) + ") x");
            s.execute("INSERT INTO claim (id, tenant_id, member_id, member_name, org_path, agency_id, enrolment_id, plan_code,"
                    + " benefit_code, channel, event_date, status, assessed_fen, approved_fen, filed_by, filed_at, filed_on,"
                    + " due_date, paid_on) SELECT " + offset + " + seq, '" + tenant + "', " + offset + " + seq DIV 2, '会员',"
                    + " '/1/', 1 + (seq DIV 2) % " + AGENCIES + ", " + offset + " + seq DIV 2, ELT(1 + (seq DIV 2) % 5, "
                    + plans() + "), 'b', 'CLERK', f - INTERVAL 3 DAY, st, amount, IF(st = 'REJECTED', NULL, amount),"
                    + " 'bench', f, f, f + INTERVAL 10 DAY, IF(st = 'PAID', f + INTERVAL (seq % 19) DAY, NULL)"
                    + " FROM (SELECT seq, '" + BASE + "' + INTERVAL ((seq * 37) % " + days + ") DAY f,"
                    + " CASE WHEN seq % 20 < 17 THEN 'PAID' WHEN seq % 20 = 17 THEN 'APPROVED' WHEN seq % 20 = 18"
                    + " THEN 'REJECTED' ELSE 'PAYMENT_FAILED' END st, 10000 + (seq * 7919) % 500000 amount"
                    + " FROM seq_0_to_" + (claims - 1) + ") x");
            int weeks = days / 7 + 5;
            s.execute("INSERT INTO payout_run (id, tenant_id, status, run_trigger, payout_date, created_by, created_at)"
                    + " SELECT " + t + " * 1000 + seq, '" + tenant + "', 'SETTLED', 'MANUAL', '" + BASE + "' + INTERVAL"
                    + " seq * 7 DAY, 'bench', NOW(3) FROM seq_0_to_" + weeks);
            s.execute("INSERT INTO payout_payment (tenant_id, run_id, payable_kind, source_id, member_id, member_name, amount_fen,"
                    + " reference, status, settled_on) SELECT tenant_id, " + t + " * 1000 + DATEDIFF(s, '" + BASE
                    + "') DIV 7, 'CLAIM', id, member_id, member_name, approved_fen, CONCAT('R', id), IF(status = 'PAID', 'PAID',"
                    + " 'FAILED'), s FROM (SELECT tenant_id, id, member_id, member_name, approved_fen, status,"
                    + " COALESCE(paid_on, filed_on + INTERVAL 5 DAY) s FROM claim WHERE tenant_id = '" + tenant
                    + "' AND status IN ('PAID', 'PAYMENT_FAILED')) x");
            c.commit();
            c.setAutoCommit(true);
        }
    }

    private static String plans() {
        return String.join(", ", Arrays.stream(PLANS).map(p -> "'" + p + "'").toList());
    }

    private static void analyze(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : List.of("enrolment", "claim", "payout_payment", "payout_run", "report_day",
                    "report_month", "report_city_day", "report_city_month", "report_city_total_day",
                    "report_city_total_month", "report_hq_day", "report_hq_month")) {
                s.execute("ANALYZE TABLE " + table);
            }
            try (ResultSet r = s.executeQuery("SELECT (SELECT COUNT(*) FROM report_month), (SELECT COUNT(*) FROM"
                    + " report_city_month), (SELECT COUNT(*) FROM report_day)")) {
                r.next();
                System.out.printf("read model rows: %,d monthly, %,d monthly per city, %,d daily%n", r.getLong(1),
                        r.getLong(2), r.getLong(3));
            }
        }
    }

    /**
     * Each dashboard from the read model (best of twenty after thirty warm-ups) and by GROUP BY over the raw tables
     * (an office's: best of three after a warm-up; headquarters': once, a pass over millions of rows that takes
     * minutes and is not sped up by a warm-up whose pages the pool cannot keep).
     */
    private static void time(Connection c, LocalDate today, boolean headquarters) throws Exception {
        ReportPeriod year = new ReportPeriod(today.withDayOfYear(1), today);
        ReportPeriod custom = new ReportPeriod(today.withDayOfYear(1).plusDays(14), today.minusDays(5));
        String one = tenant(1);
        for (int i = 0; i < 100; i++) { // the JIT first: the first dashboard timed must not pay for compiling the rest
            FigureQueries.office(c, one, year, null, null);
            FigureQueries.office(c, one, custom, null, null);
        }
        System.out.println();
        System.out.printf("%-44s %13s %17s %10s%n", "dashboard (this period and last year's)", "read model",
                "raw GROUP BY", "ratio");
        for (ReportPeriod p : List.of(year, custom)) {
            String label = p == year ? "year to date" : "custom " + p.from() + ".." + p.to();
            double model = best(() -> {
                FigureQueries.office(c, one, p, null, null);
                FigureQueries.office(c, one, p.yearBefore(), null, null);
            });
            List<List<FigureRow>> raw = new ArrayList<>();
            double rawMs = rawBest(() -> {
                raw.add(RawFigures.office(c, one, p));
                RawFigures.office(c, one, p.yearBefore());
            });
            print("office " + one + ", " + label, model, rawMs);
            check(FigureQueries.office(c, one, p, null, null), raw.get(0), "office " + label);
        }
        double model = best(() -> {
            FigureQueries.office(c, one, year, PLANS[0], 3L);
            FigureQueries.office(c, one, year.yearBefore(), PLANS[0], 3L);
        });
        double rawMs = rawBest(() -> {
            RawFigures.office(c, one, year, PLANS[0], 3L);
            RawFigures.office(c, one, year.yearBefore(), PLANS[0], 3L);
        });
        print("office " + one + ", one plan, one agency", model, rawMs);
        for (ReportPeriod p : headquarters ? List.of(year, custom) : List.<ReportPeriod>of()) {
            String label = p == year ? "year to date" : "custom period";
            double hq = best(() -> {
                FigureQueries.perCity(c, p, null);
                FigureQueries.perCity(c, p.yearBefore(), null);
                FigureQueries.allCities(c, p);
                FigureQueries.allCities(c, p.yearBefore());
            });
            List<List<FigureRow>> raw = new ArrayList<>();
            double hqRaw = once(() -> {
                raw.add(RawFigures.headquarters(c, p));
                RawFigures.headquarters(c, p.yearBefore());
            });
            print("headquarters (all cities), " + label, hq, hqRaw);
            check(FigureQueries.perCity(c, p, null), raw.get(0), "headquarters " + label);
        }
    }

    /** The totals per tenant and figure of both must agree. */
    private static void check(List<FigureRow> model, List<FigureRow> raw, String what) {
        Map<String, long[]> a = totals(model);
        Map<String, long[]> b = totals(raw);
        boolean same = a.keySet().equals(b.keySet()) && a.keySet().stream().allMatch(k -> Arrays.equals(a.get(k), b.get(k)));
        System.out.printf("  %s: read model and raw count %s%n", what, same ? "agree" : "DIFFER " + diff(a, b));
    }

    private static String diff(Map<String, long[]> a, Map<String, long[]> b) {
        List<String> out = new ArrayList<>();
        for (String k : a.keySet()) {
            if (!Arrays.equals(a.get(k), b.get(k))) {
                out.add(k + " " + Arrays.toString(a.get(k)) + " vs " + Arrays.toString(b.get(k)));
            }
        }
        return out.subList(0, Math.min(5, out.size())).toString();
    }

    private static Map<String, long[]> totals(List<FigureRow> rows) {
        Map<String, long[]> t = new TreeMap<>();
        for (FigureRow r : rows) {
            if (r.figure().name().equals("CLAIMS_PAID_IN_10_DAYS")) {
                continue; // the raw side counts by calendar days, the same scan but not the same rule
            }
            long[] sum = t.computeIfAbsent(r.tenant() + " " + r.figure(), k -> new long[2]);
            sum[0] += r.count();
            sum[1] += r.fen();
        }
        return t;
    }

    private static void print(String what, double modelMs, double rawMs) {
        System.out.printf("%-44s %10.1f ms %14.1f ms %9.0fx%n", what, modelMs, rawMs, rawMs / modelMs);
    }

    interface Work {
        void run() throws Exception;
    }

    /**
     * An office's raw count, best of three after a warm-up run: it takes a second, so it can be given the same
     * chance of a quiet moment and a warm pool as the read model (headquarters' takes minutes and runs once).
     */
    private static double rawBest(Work work) throws Exception {
        work.run();
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            best = Math.min(best, once(work));
        }
        return best;
    }

    private static double once(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double best(Work work) throws Exception {
        // warm-up: the first run reads pages from disk into the pool; the further ones let the JIT compile the
        // driver's and our row reading, as a server that has answered a few dashboards has (a cold JVM read the
        // same office figures in 20-40 ms, a warm one in under 5)
        for (int i = 0; i < WARM_UP; i++) {
            work.run();
        }
        double best = Double.MAX_VALUE;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.run();
            best = Math.min(best, (System.nanoTime() - start) / 1e6);
        }
        return best;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
