package org.huzhu.enrolment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huzhu.enrolment.domain.CheckedRow;
import org.huzhu.enrolment.domain.EnrolmentImport;
import org.huzhu.enrolment.domain.EnrolmentListCheck;
import org.huzhu.enrolment.domain.ImportError;
import org.huzhu.enrolment.domain.ImportTotal;
import org.huzhu.enrolment.domain.RowError;
import org.huzhu.tenancy.api.JobFailure;
import org.huzhu.tenancy.api.JobFiles;
import org.huzhu.tenancy.api.RetriedOnConflict;
import org.huzhu.tenancy.api.TenantEntityManager;
import org.huzhu.tenancy.api.TenantSql;

/**
 * The import's storage. Each method is one transaction: a chunk's errors, totals and progress commit
 * together, so a job stopped at any point resumes after its last committed chunk with nothing doubled.
 * Those that load what they change run again whole when the database refuses them for a conflict
 * ({@link RetriedOnConflict}); {@link #create} does not: it persists the caller's entity, which a refused attempt
 * leaves with its id set.
 */
@ApplicationScoped
public class ImportStore {

    static final String FILE_KIND = "enrolment-import";

    @Inject
    TenantEntityManager entityManager;

    @Inject
    TenantSql sql;

    @Inject
    JobFiles files;

    private EntityManager em() {
        return entityManager.get();
    }

    /** Stores the import and its file, encrypted piece by piece. */
    @Transactional
    public long create(EnrolmentImport created, byte[] content) {
        em().persist(created);
        em().flush();
        files.store(FILE_KIND, created.id(), content);
        return created.id();
    }

    public EnrolmentImport find(long importId) {
        EnrolmentImport found = em().find(EnrolmentImport.class, importId);
        if (found != null) {
            em().refresh(found);
        }
        return found;
    }

    public byte[] content(long importId) {
        return files.read(FILE_KIND, importId);
    }

    /** One checked chunk: its errors, its good rows' totals per plan and the import's progress. */
    @Transactional
    @RetriedOnConflict
    public void saveChecked(long importId, int lastRow, EnrolmentListCheck.Result result) {
        EnrolmentImport job = em().find(EnrolmentImport.class, importId, LockModeType.PESSIMISTIC_WRITE);
        if (job.checkedRows() >= lastRow) {
            return; // another run of the same job got here first: its chunk is the one that counts
        }
        List<Object[]> errors = new ArrayList<>();
        int seq = 0;
        int previousRow = -1;
        Set<Integer> badRows = new HashSet<>();
        for (RowError e : result.errors()) {
            seq = e.rowNumber() == previousRow ? seq + 1 : 0;
            previousRow = e.rowNumber();
            badRows.add(e.rowNumber());
            errors.add(ImportError.values(importId, seq, e));
        }
        sql.insert("enrolment_import_error", ImportError.COLUMNS, errors, null);
        long fee = addTotals(importId, result.good());
        job.checked(lastRow, result.good().size(), badRows.size(), fee);
        if (!result.otherUnionRows().isEmpty()) {
            job.otherUnionRows(result.otherUnionRows());
        }
    }

    private long addTotals(long importId, List<CheckedRow> good) {
        Map<String, ImportTotal> totals = new HashMap<>();
        totals(importId).forEach(t -> totals.put(t.planCode(), t));
        long fee = 0;
        for (CheckedRow row : good) {
            ImportTotal total = totals.computeIfAbsent(row.planCode(), code -> {
                ImportTotal t = new ImportTotal(importId, code);
                em().persist(t);
                return t;
            });
            total.add(1, row.units(), row.feeFen());
            fee += row.feeFen();
        }
        return fee;
    }

    public List<ImportTotal> totals(long importId) {
        return em().createQuery("select t from ImportTotal t where t.importId = :id order by t.planCode",
                ImportTotal.class).setParameter("id", importId).getResultList();
    }

    @Transactional
    @RetriedOnConflict
    public void checkFinished(long importId, int rows) {
        em().find(EnrolmentImport.class, importId, LockModeType.PESSIMISTIC_WRITE).checkFinished(rows);
    }

    @Transactional
    @RetriedOnConflict
    public void submitStarted(long importId, String by) {
        em().find(EnrolmentImport.class, importId, LockModeType.PESSIMISTIC_WRITE).submit(by);
    }

    @Transactional
    @RetriedOnConflict
    public void submitFinished(long importId) {
        em().find(EnrolmentImport.class, importId, LockModeType.PESSIMISTIC_WRITE).submitFinished();
    }

    @Transactional
    @RetriedOnConflict
    public void failed(long importId, JobFailure reason) {
        EnrolmentImport job = em().find(EnrolmentImport.class, importId, LockModeType.PESSIMISTIC_WRITE);
        if (job != null && job.status().running()) {
            job.failed(reason);
        }
    }

    @Transactional
    @RetriedOnConflict
    public void retry(long importId) {
        em().find(EnrolmentImport.class, importId, LockModeType.PESSIMISTIC_WRITE).retry();
    }

    public List<RowError> errors(long importId, int offset, int limit) {
        return em().createQuery("select e from ImportError e where e.importId = :id order by e.rowNo, e.seq",
                        ImportError.class).setParameter("id", importId).setFirstResult(offset).setMaxResults(limit)
                .getResultList().stream().map(ImportError::toRowError).toList();
    }

    /** The row numbers with at least one error: hundreds or thousands, not the whole list. */
    public Set<Integer> badRowNumbers(long importId) {
        return new HashSet<>(em().createQuery("select distinct e.rowNo from ImportError e where e.importId = :id",
                Integer.class).setParameter("id", importId).getResultList());
    }

    /**
     * Which of these members already have which plans for the term: "memberId|planCode". Native, as is
     * {@link #earlier}: a JPQL IN list of a chunk's 2,000 members has its SQL written anew on every call.
     */
    public Set<String> enrolledPlans(Collection<Long> memberIds, LocalDate termStart) {
        Set<String> enrolled = new HashSet<>();
        if (memberIds.isEmpty()) {
            return enrolled;
        }
        List<Object> params = new ArrayList<>(memberIds);
        params.add(termStart);
        sql.select("enrolment", "member_id, plan_code", "member_id IN (" + TenantSql.marks(memberIds.size())
                + ") AND term_start = ?", "", params, r -> enrolled.add(r.getLong(1) + "|" + r.getString(2)));
        return enrolled;
    }

    /** What a chunk's members hold already: the plans they have for the term ("memberId|planCode"), and who has any. */
    public record Earlier(Set<String> plans, Set<Long> members) {
    }

    /** Both of {@link Earlier} in one read of the members' enrolments (the unique key leads with the member). */
    public Earlier earlier(Collection<Long> memberIds, LocalDate termStart) {
        Earlier found = new Earlier(new HashSet<>(), new HashSet<>());
        if (!memberIds.isEmpty()) {
            sql.select("enrolment", "member_id, plan_code, term_start", "member_id IN ("
                    + TenantSql.marks(memberIds.size()) + ")", "", List.copyOf(memberIds), r -> {
                        long member = r.getLong(1);
                        found.members().add(member);
                        if (termStart.equals(r.getObject(3, LocalDate.class))) {
                            found.plans().add(member + "|" + r.getString(2));
                        }
                        return member;
                    });
        }
        return found;
    }

    /** Members enrolled per plan for the term in the union, before this list (the participation rule). */
    public Map<String, Long> unionEnrolments(long unionId, LocalDate termStart, long exceptImport) {
        Map<String, Long> counts = new HashMap<>();
        em().createQuery("select e.planCode, count(e) from Enrolment e where e.unionId = :union and "
                        + "e.termStart = :term and e.importId <> :import group by e.planCode", Object[].class)
                .setParameter("union", unionId).setParameter("term", termStart).setParameter("import", exceptImport)
                .getResultList().forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    public long enrolledBy(long importId) {
        return em().createQuery("select count(e) from Enrolment e where e.importId = :id", Long.class)
                .setParameter("id", importId).getSingleResult();
    }
}
