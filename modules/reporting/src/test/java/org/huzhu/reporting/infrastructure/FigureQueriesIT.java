package org.huzhu.reporting.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.huzhu.reporting.api.ReportPeriod;
import org.huzhu.reporting.domain.FigureRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboards' reads against the real MariaDB, in a database of their own made from reporting's migrations:
 * two years of random daily figures for three cities, the other grains added up from them by plain SQL, and then
 * hundreds of periods (whole months, partial months read by their days or as the month less the days outside,
 * single days, years) whose every cell must equal the sum of the days it covers. Many cells are kept in two or three
 * rows, one per database node that wrote them (as on a Galera cluster), which every read must add up.
 */
class FigureQueriesIT {

    private static final String DB = System.getenv().getOrDefault("HUZHU_DB_NAME", "huzhu_test") + "_figures";
    private static final LocalDate FIRST = LocalDate.of(2025, 1, 1);
    private static final int DAYS = 730;
    private static final List<String> TENANTS = List.of("alpha", "beta", "gamma");
    /** Nodes as {@link WriterNode} names them (0: the recount's), the largest an unsigned INT can hold among them. */
    private static final long[] NODES = {0, 4_294_967_295L, 1_907_431_262L};
    private static MysqlDataSource dataSource;

    @BeforeAll
    static void twoYearsOfFigures() throws Exception {
        try (Connection c = source("").getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DB);
            s.execute("CREATE DATABASE " + DB + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        dataSource = source(DB);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String file : List.of("V10_001__report_figures.sql", "V10_003__report_rollups.sql",
                    "V10_004__report_writer_node.sql")) {
                String script = Files.readString(migrations().resolve(file)).replaceAll("(?m)^--.*$", "");
                for (String sql : script.split(";")) {
                    if (!sql.isBlank()) {
                        s.execute(sql);
                    }
                }
            }
            writeDays(c);
            String columns = " (tenant_id, period, figure, plan_code, agency_id, node, cnt, fen) ";
            s.execute("INSERT INTO report_month" + columns + "SELECT tenant_id, DATE_FORMAT(period, '%Y-%m-01'), figure,"
                    + " plan_code, agency_id, node, SUM(cnt), SUM(fen) FROM report_day GROUP BY 1, 2, 3, 4, 5, 6");
            for (String grain : List.of("day", "month")) {
                s.execute("INSERT INTO report_city_" + grain + columns + "SELECT tenant_id, period, figure, plan_code, 0,"
                        + " node, SUM(cnt), SUM(fen) FROM report_" + grain + " GROUP BY 1, 2, 3, 4, 6");
                s.execute("INSERT INTO report_city_total_" + grain + columns + "SELECT tenant_id, period, figure, '', 0,"
                        + " node, SUM(cnt), SUM(fen) FROM report_" + grain + " GROUP BY 1, 2, 3, 6");
                s.execute("INSERT INTO report_hq_" + grain + " (period, figure, plan_code, shard, node, cnt, fen)"
                        + " SELECT period, figure, plan_code, CRC32(tenant_id) % 16, node, SUM(cnt), SUM(fen) FROM report_"
                        + grain + " GROUP BY 1, 2, 3, 4, 5");
            }
        }
    }

    @Test
    void every_cell_of_an_office_s_period_is_the_sum_of_its_days() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            for (ReportPeriod p : periods()) {
                for (String[] filter : new String[][] {{null, null}, {"plan-b", null}, {null, "2"}, {"plan-a", "1"}}) {
                    Long agency = filter[1] == null ? null : Long.valueOf(filter[1]);
                    assertThat(cells(FigureQueries.office(c, "beta", p, filter[0], agency)))
                            .as("office, " + p + ", plan " + filter[0] + ", agency " + agency)
                            .isEqualTo(daySums(c, "SELECT 'beta', figure, plan_code, agency_id,"
                                    + " DATE_FORMAT(period, '%Y-%m-01'), SUM(cnt), SUM(fen) FROM report_day WHERE"
                                    + " tenant_id = 'beta' AND period BETWEEN ? AND ?"
                                    + (filter[0] == null ? "" : " AND plan_code = '" + filter[0] + "'")
                                    + (agency == null ? "" : " AND agency_id = " + agency) + " GROUP BY 1, 2, 3, 4, 5", p));
                }
            }
        }
    }

    @Test
    void every_city_s_totals_and_all_cities_per_plan_and_month_are_the_sums_of_their_days() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            for (ReportPeriod p : periods()) {
                assertThat(cells(FigureQueries.perCity(c, p, null))).as("per city, " + p).isEqualTo(daySums(c,
                        "SELECT tenant_id, figure, '', 0, NULL, SUM(cnt), SUM(fen) FROM report_day"
                                + " WHERE period BETWEEN ? AND ? GROUP BY 1, 2", p));
                assertThat(cells(FigureQueries.perCity(c, p, "plan-a"))).as("per city, plan-a, " + p).isEqualTo(daySums(c,
                        "SELECT tenant_id, figure, '', 0, NULL, SUM(cnt), SUM(fen) FROM report_day"
                                + " WHERE period BETWEEN ? AND ? AND plan_code = 'plan-a' GROUP BY 1, 2", p));
                assertThat(cells(FigureQueries.allCities(c, p))).as("all cities, " + p).isEqualTo(daySums(c,
                        "SELECT '', figure, plan_code, 0, DATE_FORMAT(period, '%Y-%m-01'), SUM(cnt), SUM(fen)"
                                + " FROM report_day WHERE period BETWEEN ? AND ? GROUP BY 2, 3, 5", p));
            }
        }
    }

    /** Edge periods and random ones: every way a period can start and end against month boundaries. */
    private static List<ReportPeriod> periods() {
        List<ReportPeriod> periods = new ArrayList<>(List.of(period("2025-01-01", "2025-12-31"),
                period("2026-01-01", "2026-11-29"), period("2026-01-01", "2026-11-10"),
                period("2026-01-15", "2026-04-10"), period("2026-01-20", "2026-04-10"),
                period("2026-03-03", "2026-03-29"), period("2026-02-03", "2026-02-13"),
                period("2026-02-15", "2026-03-10"), period("2025-02-28", "2025-03-01"),
                period("2025-06-16", "2025-06-16"), period("2025-06-02", "2026-07-30")));
        Random random = new Random(20261129);
        for (int i = 0; i < 150; i++) {
            LocalDate from = FIRST.plusDays(random.nextInt(DAYS));
            LocalDate to = from.plusDays(random.nextInt(i % 3 == 0 ? 40 : 400));
            periods.add(new ReportPeriod(from, to));
        }
        return periods;
    }

    private static void writeDays(Connection c) throws SQLException {
        Random random = new Random(7);
        c.setAutoCommit(false);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO report_day (tenant_id, period, figure, plan_code,"
                + " agency_id, node, cnt, fen) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (String tenant : TENANTS) {
                for (int d = 0; d < DAYS; d++) {
                    for (String figure : List.of("CLAIMS_PAID", "ENROLMENTS")) {
                        for (String plan : List.of("plan-a", "plan-b")) {
                            for (long agency = 0; agency < 3; agency++) {
                                // some cells never written, the others by one, two or three nodes
                                for (int n = random.nextInt(5) > 0 ? 1 + random.nextInt(3) : 0; n > 0; n--) {
                                    s.setString(1, tenant);
                                    s.setDate(2, Date.valueOf(FIRST.plusDays(d)));
                                    s.setString(3, figure);
                                    s.setString(4, plan);
                                    s.setLong(5, agency);
                                    s.setLong(6, NODES[n - 1]);
                                    s.setLong(7, random.nextInt(50));
                                    s.setLong(8, random.nextInt(1_000_000));
                                    s.addBatch();
                                }
                            }
                        }
                    }
                }
            }
            s.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
    }

    /** The rows' cells without those at zero (a month less its days may net to nothing where no day was written). */
    private static Map<String, String> cells(List<FigureRow> rows) {
        Map<String, String> cells = new TreeMap<>();
        for (FigureRow r : rows) {
            if (r.count() != 0 || r.fen() != 0) {
                cells.put(String.join("|", r.tenant(), r.figure().name(), r.planCode(), Long.toString(r.agencyId()),
                        String.valueOf(r.month())), r.count() + "/" + r.fen());
            }
        }
        return cells;
    }

    private static Map<String, String> daySums(Connection c, String sql, ReportPeriod p) throws SQLException {
        Map<String, String> cells = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setDate(1, Date.valueOf(p.from()));
            s.setDate(2, Date.valueOf(p.to()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (r.getLong(6) != 0 || r.getLong(7) != 0) {
                        cells.put(String.join("|", r.getString(1), r.getString(2), r.getString(3),
                                Long.toString(r.getLong(4)), String.valueOf(r.getString(5))), r.getLong(6) + "/"
                                + r.getLong(7));
                    }
                }
            }
        }
        return cells;
    }

    private static ReportPeriod period(String from, String to) {
        return new ReportPeriod(LocalDate.parse(from), LocalDate.parse(to));
    }

    private static Path migrations() {
        Path here = Paths.get("").toAbsolutePath();
        Path module = Files.isDirectory(here.resolve("src/main/resources/db/migration")) ? here
                : here.resolve("modules/reporting");
        return module.resolve("src/main/resources/db/migration");
    }

    private static MysqlDataSource source(String database) throws SQLException {
        MysqlDataSource ds = new MysqlDataSource();
        ds.setUrl("jdbc:mysql://" + System.getenv().getOrDefault("HUZHU_DB_HOST", "127.0.0.1") + ":"
                + System.getenv().getOrDefault("HUZHU_DB_PORT", "3306") + "/" + database);
        ds.setUser(System.getenv().getOrDefault("HUZHU_DB_USER", "root"));
        ds.setPassword(System.getenv().getOrDefault("HUZHU_DB_PASSWORD", ""));
        ds.setRewriteBatchedStatements(true);
        return ds;
    }
}
