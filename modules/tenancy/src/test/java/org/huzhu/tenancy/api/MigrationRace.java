package org.huzhu.tenancy.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Servers starting at once on a new database, as threads with a data source each (on one database, or each on its
 * own Galera node): what every one of them answered, and what the schema's history holds afterwards.
 */
final class MigrationRace {

    static final String DB = System.getenv().getOrDefault("HUZHU_DB_NAME", "huzhu_test") + "_migrations";

    private MigrationRace() {
    }

    static MysqlDataSource source(String host, String port, String database) {
        MysqlDataSource ds = new MysqlDataSource();
        ds.setUrl("jdbc:mysql://" + host + ":" + port + "/" + database);
        ds.setUser(System.getenv().getOrDefault("HUZHU_DB_USER", "root"));
        ds.setPassword(System.getenv().getOrDefault("HUZHU_DB_PASSWORD", ""));
        return ds;
    }

    static void freshDatabase(DataSource server) throws SQLException {
        try (Connection c = server.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DB);
            s.execute("CREATE DATABASE " + DB + " CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci");
        }
    }

    /** Every server migrates at the same moment; each one's count of migrations applied, in order. */
    static List<Integer> migrateAtOnce(List<? extends DataSource> servers) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(servers.size());
        try {
            List<Future<Integer>> started = new ArrayList<>();
            for (DataSource server : servers) {
                Callable<Integer> start = () -> {
                    gate.await();
                    return SchemaMigrations.migrate(server);
                };
                started.add(pool.submit(start));
            }
            gate.countDown();
            List<Integer> applied = new ArrayList<>();
            for (Future<Integer> f : started) {
                applied.add(f.get(5, TimeUnit.MINUTES)); // a server that failed fails the test here, with its cause
            }
            return applied;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Version -> how many successful rows of the history name it (the baseline, version 0, left out). */
    static TreeMap<String, Integer> history(DataSource db) throws SQLException {
        TreeMap<String, Integer> versions = new TreeMap<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT version, success FROM flyway_schema_history WHERE version <> '0'")) {
            while (r.next()) {
                versions.merge(r.getString(1), r.getBoolean(2) ? 1 : 1000, Integer::sum);
            }
        }
        return versions;
    }

    /** The versions this module ships (its migrations are the ones on the test's class path). */
    static TreeMap<String, Integer> shipped() throws IOException {
        Path here = Paths.get("").toAbsolutePath();
        Path module = Files.isDirectory(here.resolve("src/main/resources/db/migration")) ? here
                : here.resolve("modules/tenancy");
        TreeMap<String, Integer> versions = new TreeMap<>();
        try (Stream<Path> files = Files.list(module.resolve("src/main/resources/db/migration"))) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V[0-9_]+__.*\\.sql"))
                    .forEach(n -> versions.put(n.substring(1, n.indexOf("__")).replace('_', '.'), 1));
        }
        return versions;
    }

    static void assertEveryMigrationAppliedOnce(List<Integer> applied, DataSource db) throws Exception {
        TreeMap<String, Integer> shipped = shipped();
        assertThat(history(db)).as("each version once, succeeded").isEqualTo(shipped);
        assertThat(applied.stream().mapToInt(Integer::intValue).sum())
                .as("migrations applied, by all servers together: " + applied).isEqualTo(shipped.size());
    }
}
