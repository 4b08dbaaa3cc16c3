package org.huzhu.app.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.huzhu.app.rest.ConflictAnswer;
import org.huzhu.tenancy.api.Conflicts;
import org.huzhu.tenancy.api.Translations;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A transaction the database refuses for a conflict (1213: InnoDB's deadlock victim here, Galera's certification
 * failure on a cluster) is run again whole by {@link org.huzhu.tenancy.api.RetriedOnConflict}, and nothing of the
 * refused attempt stays: two crossing transactions both end done, each row counts exactly the two transactions that
 * committed, and three attempts were made. Without the annotation the same crossing fails one of them, and the
 * failure answers a REST caller 503 with Retry-After (nothing was kept; sending it again may pass), not 500, as does
 * a transaction whose connection the database closed.
 */
@ExtendWith(ArquillianExtension.class)
class ConflictRetryIT {

    @Inject
    CrossedRows rows;

    @Deployment
    static WebArchive deployment() {
        return ModuleArchive.named("huzhu-conflict-retry-it").addClass(CrossedRows.class)
                .addClass(ConflictAnswer.class).addClass("org.huzhu.app.rest.Problems");
    }

    @BeforeEach
    void twoRows() throws SQLException {
        rows.twoRows();
    }

    @AfterEach
    void noTable() throws SQLException {
        rows.drop();
    }

    @Test
    void the_refused_transaction_is_run_again_and_counts_once() throws Exception {
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        List<Throwable> failures = cross(() -> rows.retried(1, 2, bothHoldOne), () -> rows.retried(2, 1, bothHoldOne));
        assertEquals(List.of(), failures, "both transactions end done");
        assertEquals(3, rows.attempts(), "one of them was refused once and run again");
        assertEquals(2, count(1), "row 1: one from each committed transaction, none from the refused attempt");
        assertEquals(2, count(2));
    }

    @Test
    void without_the_retry_the_same_crossing_fails_one_of_them() throws Exception {
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        List<Throwable> failures = cross(() -> rows.notRetried(1, 2, bothHoldOne),
                () -> rows.notRetried(2, 1, bothHoldOne));
        assertEquals(1, failures.size());
        assertTrue(Conflicts.isConflict(failures.get(0)), "refused for the conflict: " + failures.get(0));
        assertEquals(1, count(1));
        assertEquals(1, count(2));
        assertAnsweredBusy((Exception) failures.get(0));
    }

    @Test
    void a_transaction_whose_connection_the_database_closed_answers_503_not_500() throws SQLException {
        Exception lost = assertThrows(Exception.class, () -> rows.onAConnectionTheDatabaseClosed());
        Translations keys = (key, locale, params) -> key + " " + params[0];
        Response busy = ConflictAnswer.to(lost, "incident-3", null, keys).orElseThrow(() -> new AssertionError(
                "not answered 503: " + lost));
        assertEquals(503, busy.getStatus());
        assertEquals("2", busy.getHeaderString(HttpHeaders.RETRY_AFTER));
        String body = busy.getEntity().toString();
        assertTrue(body.contains("\"code\":\"app.connectionLost\""), body);
        assertEquals(0, count(1), "nothing of it was kept");
    }

    /** The container's real failure for a refused transaction: 503 with Retry-After; anything else is not one. */
    private static void assertAnsweredBusy(Exception conflict) {
        Translations keys = (key, locale, params) -> key + " " + params[0];
        Response busy = ConflictAnswer.to(conflict, "incident-1", null, keys).orElseThrow();
        assertEquals(503, busy.getStatus());
        assertEquals("2", busy.getHeaderString(HttpHeaders.RETRY_AFTER));
        assertTrue(busy.getEntity().toString().contains("\"code\":\"app.conflict\""), busy.getEntity().toString());
        assertTrue(ConflictAnswer.to(new IllegalStateException("not a conflict"), "incident-2", null, keys).isEmpty());
    }

    private List<Throwable> cross(Runnable one, Runnable other) throws InterruptedException {
        ManagedExecutorService executor;
        try {
            executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
        List<Future<?>> both = List.of(executor.submit(one), executor.submit(other));
        List<Throwable> failures = new ArrayList<>();
        for (Future<?> f : both) {
            try {
                f.get();
            } catch (ExecutionException e) {
                failures.add(e.getCause());
            }
        }
        return failures;
    }

    private int count(long id) throws SQLException {
        return rows.count(id);
    }
}
