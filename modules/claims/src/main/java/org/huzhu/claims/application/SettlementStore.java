package org.huzhu.claims.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import org.huzhu.claims.domain.LineError;
import org.huzhu.claims.domain.SettlementImport;
import org.huzhu.claims.domain.SettlementImportError;
import org.huzhu.tenancy.api.JobFailure;
import org.huzhu.tenancy.api.JobFiles;
import org.huzhu.tenancy.api.RetriedOnConflict;
import org.huzhu.tenancy.api.TenantEntityManager;

/**
 * A settlement import's storage: the job, its file (encrypted, in {@link JobFiles}) and its bad lines. The job's
 * end, failure and retry load what they change and run again whole when the database refuses them for a conflict
 * ({@link RetriedOnConflict}): on Galera the end, right after the last chunk was committed on another connection,
 * may land on a node that has not applied that chunk yet and fail certification (seen on the cluster, docs/CLUSTER.md
 * "Fault tests"). {@link #create} does not: it persists the caller's entity, which a refused attempt leaves with its
 * id set.
 */
@ApplicationScoped
public class SettlementStore {

    static final String FILE_KIND = "settlement-import";

    @Inject
    TenantEntityManager entityManager;

    @Inject
    JobFiles files;

    private EntityManager em() {
        return entityManager.get();
    }

    @Transactional
    public long create(SettlementImport created, byte[] content) {
        em().persist(created);
        em().flush();
        files.store(FILE_KIND, created.id(), content);
        return created.id();
    }

    public SettlementImport find(long importId) {
        SettlementImport found = em().find(SettlementImport.class, importId);
        if (found != null) {
            em().refresh(found);
        }
        return found;
    }

    public byte[] content(long importId) {
        return files.read(FILE_KIND, importId);
    }

    public List<SettlementImport> recent(int limit) {
        return em().createQuery("select i from SettlementImport i order by i.id desc", SettlementImport.class)
                .setMaxResults(Math.max(1, Math.min(limit, 200))).getResultList();
    }

    public List<Long> running() {
        return em().createQuery("select i.id from SettlementImport i where i.status in :running order by i.id",
                Long.class).setParameter("running", List.of(SettlementImport.RECEIVED, SettlementImport.RUNNING))
                .getResultList();
    }

    public List<LineError> errors(long importId, int offset, int limit) {
        return em().createQuery("select e from SettlementImportError e where e.importId = :id "
                        + "order by e.lineNo, e.seq", SettlementImportError.class).setParameter("id", importId)
                .setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, Math.min(limit, 1000)))
                .getResultList().stream().map(SettlementImportError::toLineError).toList();
    }

    @Transactional
    @RetriedOnConflict
    public void finished(long importId, int lines) {
        em().find(SettlementImport.class, importId, LockModeType.PESSIMISTIC_WRITE).finished(lines);
    }

    @Transactional
    @RetriedOnConflict
    public void failed(long importId, JobFailure reason) {
        SettlementImport job = em().find(SettlementImport.class, importId, LockModeType.PESSIMISTIC_WRITE);
        if (job != null && job.running()) {
            job.failed(reason);
        }
    }

    @Transactional
    @RetriedOnConflict
    public void retry(long importId) {
        em().find(SettlementImport.class, importId, LockModeType.PESSIMISTIC_WRITE).retry();
    }
}
