package org.huzhu.tenancy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.huzhu.tenancy.api.Leases.LeaseSql;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Servers starting at once on a new database (its own, on the test database server): one migrates, the others
 * wait and find nothing left to do. On one MariaDB Flyway's own lock would keep them apart too; the lock's own tests
 * below would not pass without it. On Galera nodes: {@code SchemaMigrationsOnGalera}.
 */
class SchemaMigrationsIT {

    private static final String HOST = System.getenv().getOrDefault("HUZHU_DB_HOST", "127.0.0.1");
    private static final String PORT = System.getenv().getOrDefault("HUZHU_DB_PORT", "3306");

    @BeforeEach
    void newDatabase() throws Exception {
        MigrationRace.freshDatabase(MigrationRace.source(HOST, PORT, ""));
    }

    @Test
    void servers_starting_together_on_a_new_database_apply_every_migration_once() throws Exception {
        List<MysqlDataSource> servers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            servers.add(MigrationRace.source(HOST, PORT, MigrationRace.DB));
        }
        List<Integer> applied = MigrationRace.migrateAtOnce(servers);
        MigrationRace.assertEveryMigrationAppliedOnce(applied, servers.get(0));
        assertThat(SchemaMigrations.migrate(servers.get(1))).as("a server started later").isZero();
    }

    @Test
    void the_lock_lets_one_server_in_at_a_time() throws Exception {
        int servers = 6;
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch gate = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(servers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < servers; i++) {
                MysqlDataSource server = MigrationRace.source(HOST, PORT, MigrationRace.DB);
                done.add(pool.submit(() -> {
                    gate.await();
                    try (SchemaLock held = SchemaLock.take(server)) {
                        most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        Thread.sleep(200);
                        inside.decrementAndGet();
                    }
                    return null;
                }));
            }
            gate.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(most.get()).isEqualTo(1);
    }

    @Test
    void a_lock_whose_holder_died_is_taken_once_its_lease_ran_out_and_a_live_one_is_waited_for_no_longer_than_said()
            throws Exception {
        MysqlDataSource db = MigrationRace.source(HOST, PORT, MigrationRace.DB);
        try (SchemaLock first = SchemaLock.take(db)) {
            // made the table
        }
        try (Connection c = db.getConnection()) {
            assertThat(LeaseSql.take(c, SchemaLock.TABLE, SchemaLock.NAME, "died", Duration.ofSeconds(1))).isTrue();
        }
        long t0 = System.nanoTime();
        try (SchemaLock taken = SchemaLock.take(db, Duration.ofSeconds(2), Duration.ofSeconds(20))) {
            assertThat(Duration.ofNanos(System.nanoTime() - t0))
                    .isBetween(Duration.ofMillis(500), Duration.ofSeconds(5));
            assertThatThrownBy(() -> SchemaLock.take(db, Duration.ofSeconds(2), Duration.ofSeconds(3)))
                    .as("the live holder renews its lease: the other gives up after its wait")
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("gave up");
        }
    }
}
