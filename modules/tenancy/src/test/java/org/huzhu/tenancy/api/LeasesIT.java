package org.huzhu.tenancy.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.huzhu.tenancy.api.Leases.LeaseSql;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lease statements against the database itself (its own database, the migration as shipped): one holder at a
 * time, renewed by its holder, taken over once run out, given up at once on release, and exactly one winner when
 * servers race for a free lease.
 */
class LeasesIT {

    private static MysqlDataSource dataSource;

    @BeforeAll
    static void leaseTable() throws Exception {
        dataSource = TestDatabase.fresh("leases", "V1_006__lease.sql");
    }

    @Test
    void one_server_holds_a_lease_renews_it_and_another_takes_it_only_once_it_ran_out() throws Exception {
        try (Connection a = dataSource.getConnection(); Connection b = dataSource.getConnection()) {
            assertThat(LeaseSql.take(a, "notice-dispatcher", "server-a", Duration.ofMillis(1500))).isTrue();
            assertThat(LeaseSql.take(b, "notice-dispatcher", "server-b", Duration.ofMillis(1500))).isFalse();
            assertThat(LeaseSql.take(a, "notice-dispatcher", "server-a", Duration.ofMillis(1500)))
                    .as("renewed by its holder, twice within the same moment too").isTrue();
            assertThat(LeaseSql.take(a, "notice-dispatcher", "server-a", Duration.ofMillis(1500))).isTrue();
            Thread.sleep(800);
            assertThat(LeaseSql.take(a, "notice-dispatcher", "server-a", Duration.ofMillis(1500))).isTrue();
            Thread.sleep(800);
            assertThat(LeaseSql.take(b, "notice-dispatcher", "server-b", Duration.ofMillis(1500)))
                    .as("1.6 s after the first take, but the renewal 0.8 s ago keeps it").isFalse();
            Thread.sleep(1000);
            assertThat(LeaseSql.take(b, "notice-dispatcher", "server-b", Duration.ofMillis(1500)))
                    .as("server a stopped renewing (it died): run out, taken over").isTrue();
            assertThat(LeaseSql.take(a, "notice-dispatcher", "server-a", Duration.ofMillis(1500))).isFalse();
        }
    }

    @Test
    void a_released_lease_is_free_at_once_and_only_its_holder_can_release_it() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertThat(LeaseSql.take(c, "job/beijing/enrolment-list/7", "server-a", Duration.ofMinutes(1))).isTrue();
            LeaseSql.release(c, "job/beijing/enrolment-list/7", "server-b");
            assertThat(LeaseSql.take(c, "job/beijing/enrolment-list/7", "server-b", Duration.ofMinutes(1))).isFalse();
            LeaseSql.release(c, "job/beijing/enrolment-list/7", "server-a");
            assertThat(LeaseSql.take(c, "job/beijing/enrolment-list/7", "server-b", Duration.ofMinutes(1))).isTrue();
            assertThat(LeaseSql.take(c, "job/beijing/enrolment-list/8", "server-a", Duration.ofMinutes(1)))
                    .as("another piece of work is another lease").isTrue();
        }
    }

    @Test
    void servers_racing_for_a_free_lease_leave_exactly_one_holder() throws Exception {
        for (int round = 0; round < 20; round++) {
            String name = "race-" + round;
            int servers = 8;
            CountDownLatch gate = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(servers);
            try {
                List<Future<Boolean>> took = new ArrayList<>();
                for (int i = 0; i < servers; i++) {
                    String holder = "server-" + i;
                    took.add(pool.submit(() -> {
                        try (Connection c = dataSource.getConnection()) {
                            gate.await();
                            return LeaseSql.take(c, name, holder, Duration.ofMinutes(1));
                        } catch (SQLException deadlock) {
                            return false; // InnoDB may pick a waiter as a deadlock's victim: Leases.hold says false too
                        }
                    }));
                }
                gate.countDown();
                long winners = 0;
                for (Future<Boolean> f : took) {
                    winners += f.get() ? 1 : 0;
                }
                assertThat(winners).as(name).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
