package org.huzhu.app.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.huzhu.kernel.tenant.TenantId;
import org.huzhu.tenancy.api.NoTenantException;
import org.huzhu.tenancy.api.TenantEntityManager;
import org.huzhu.tenancy.api.TenantScope;
import org.huzhu.tenancy.domain.JobFilePiece;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tenant isolation of the persistence layer itself, inside Liberty against the suite's database: a row stored for
 * Beijing through the platform's own entity managers ({@link TenantEntityManager}, {@link TenantScope}) is not seen
 * by Baoji, by query, by id, after Beijing has just read it, nor from a background thread. Each test first shows
 * Beijing does see the row, so it fails if the row were not stored or if isolation broke. The work runs on the
 * server's managed executor as background jobs do: the test's own request thread has a request context, in which
 * {@link TenantScope} refuses to nest.
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceIsolationIT {

    private static final TenantId BEIJING = new TenantId("beijing");
    private static final TenantId BAOJI = new TenantId("baoji");
    private static final String KIND = "isolation-it";

    @Inject
    TenantScope scope;

    @Inject
    TenantEntityManager entityManager;

    @Inject
    UserTransaction transaction;

    private final long job = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);

    @Deployment
    static WebArchive deployment() {
        return ModuleArchive.named("huzhu-isolation-it");
    }

    @Test
    void a_row_stored_for_beijing_is_not_in_a_baoji_query() throws Exception {
        store(BEIJING);
        assertEquals(1, inBackground(BEIJING, this::countByQuery));
        assertEquals(0, inBackground(BAOJI, this::countByQuery));
    }

    @Test
    void a_beijing_row_is_not_found_by_its_id_for_baoji() throws Exception {
        long id = store(BEIJING);
        assertNotNull(inBackground(BEIJING, () -> em().find(JobFilePiece.class, id)));
        assertNull(inBackground(BAOJI, () -> em().find(JobFilePiece.class, id)));
    }

    /**
     * Whatever Beijing's reads put into the entity manager factory's caches is never served to Baoji. Today no
     * tenant entity reaches the shared cache (ENABLE_SELECTIVE with no {@code @Cacheable} entity, and
     * {@code tenants-share-cache=false} isolates multitenant entities); this guards the day one is made cacheable.
     */
    @Test
    void a_row_beijing_has_just_read_is_not_served_from_a_cache_to_baoji() throws Exception {
        long id = store(BEIJING);
        for (int i = 0; i < 3; i++) {
            assertNotNull(inBackground(BEIJING, () -> em().find(JobFilePiece.class, id)));
            assertEquals(1, inBackground(BEIJING, this::countByQuery));
        }
        assertNull(inBackground(BAOJI, () -> em().find(JobFilePiece.class, id)));
        assertEquals(0, inBackground(BAOJI, this::countByQuery));
    }

    /** Two background jobs at the same moment, one per tenant, each see their own tenant only. */
    @Test
    void background_jobs_of_two_tenants_at_once_each_see_their_own_rows() throws Exception {
        long id = store(BEIJING);
        CyclicBarrier together = new CyclicBarrier(2);
        Future<Long> beijing = executor().submit(() -> scope.call(BEIJING, KIND, () -> countAfter(together)));
        Future<Long> baoji = executor().submit(() -> scope.call(BAOJI, KIND, () -> countAfter(together)));
        assertEquals(1, beijing.get());
        assertEquals(0, baoji.get());
        assertNotNull(inBackground(BEIJING, () -> em().find(JobFilePiece.class, id)));
    }

    /** Work with a request context but no tenant bound in it (a forgotten scope) reads nothing: it fails. */
    @Test
    void a_unit_of_work_without_a_tenant_cannot_read() throws Exception {
        store(BEIJING);
        assertThrows(NoTenantException.class, this::countByQuery);
    }

    @AfterEach
    void removeRows() throws Exception {
        for (TenantId tenant : new TenantId[] {BEIJING, BAOJI}) {
            inBackground(tenant, () -> inTransaction(() -> em().createQuery(
                    "delete from JobFilePiece p where p.jobKind = :kind and p.jobId = :job")
                    .setParameter("kind", KIND).setParameter("job", job).executeUpdate()));
        }
    }

    private long store(TenantId tenant) throws Exception {
        return inBackground(tenant, () -> inTransaction(() -> {
            JobFilePiece piece = new JobFilePiece(KIND, job, 0, false, new byte[] {1, 2, 3});
            em().persist(piece);
            em().flush();
            return piece.id();
        }));
    }

    private long countByQuery() {
        return em().createQuery("select count(p) from JobFilePiece p where p.jobKind = :kind and p.jobId = :job",
                Long.class).setParameter("kind", KIND).setParameter("job", job).getSingleResult();
    }

    private long countAfter(CyclicBarrier together) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return countByQuery();
    }

    private EntityManager em() {
        return entityManager.get();
    }

    private <T> T inBackground(TenantId tenant, Supplier<T> work) throws Exception {
        return executor().submit(() -> scope.call(tenant, KIND, work)).get();
    }

    private <T> T inTransaction(Supplier<T> work) {
        try {
            transaction.begin();
            T result = work.get();
            transaction.commit();
            return result;
        } catch (RuntimeException e) {
            rollback();
            throw e;
        } catch (Exception e) {
            rollback();
            throw new IllegalStateException(e);
        }
    }

    private void rollback() {
        try {
            transaction.rollback();
        } catch (Exception ignored) {
            // the transaction may already be gone; the first failure is the one reported
        }
    }

    private static ManagedExecutorService executor() {
        try {
            return InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }
}
