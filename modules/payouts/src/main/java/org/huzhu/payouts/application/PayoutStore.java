package org.huzhu.payouts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.huzhu.payouts.api.Payable;
import org.huzhu.payouts.api.PayableKind;
import org.huzhu.payouts.api.PaymentsGathered;
import org.huzhu.payouts.api.PaymentsSettled;
import org.huzhu.payouts.domain.BankResultFile;
import org.huzhu.payouts.domain.ChunkGathering;
import org.huzhu.payouts.domain.Payment;
import org.huzhu.payouts.domain.PaymentStatus;
import org.huzhu.payouts.domain.PayoutPolicy;
import org.huzhu.payouts.domain.PayoutRun;
import org.huzhu.payouts.domain.PayoutRunEvent;
import org.huzhu.payouts.domain.ResultImport;
import org.huzhu.payouts.domain.ResultProblem;
import org.huzhu.payouts.domain.RunStatus;
import org.huzhu.tenancy.api.JobFailure;
import org.huzhu.tenancy.api.RetriedOnConflict;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.api.TenantEntityManager;
import org.huzhu.tenancy.api.Phrase;
import org.huzhu.tenancy.api.TenantSql;

/**
 * The runs' storage. Each public method is one transaction, holding the run's row lock (a chunk drawn beforehand
 * takes it last, so that two chunks can be written at once): a gathered chunk's
 * payables (scheduled by their sources), its payment rows, the run's count and total commit together, as do a
 * chunk of bank results with the payables marked paid or failed by their sources; a job stopped anywhere resumes
 * after its last committed chunk. Every change of a run writes its history line in the same transaction.
 * A method that loads what it changes is run again whole when the database refuses it for a conflict
 * ({@link RetriedOnConflict}); {@link #create} and {@link #receiveResult} are not: they persist an entity their caller
 * built, which a refused attempt leaves with its id and version set, so a second attempt would not be the first.
 */
@ApplicationScoped
public class PayoutStore {

    private static final Logger LOG = Logger.getLogger(PayoutStore.class.getName());
    /**
     * Payables gathered per transaction, of all kinds together: as many as a settlement chunk; 1,000 made the
     * gathering of 190,000 claims take 10.2 s instead of 9.2 s (more commits and statements for the same rows).
     */
    static final int CHUNK = 5_000;

    @Inject
    TenantEntityManager entityManager;

    @Inject
    TenantSql sql;

    @Inject
    PayableSources sources;

    @Inject
    TenantContext context;

    /** Observed synchronously in the chunk's transaction by read models (reporting). */
    @Inject
    Event<PaymentsGathered> gatheredEvents;

    @Inject
    Event<PaymentsSettled> settledEvents;

    private EntityManager em() {
        return entityManager.get();
    }

    @Transactional
    public long create(PayoutRun run) {
        em().persist(run);
        em().flush();
        record(PayoutRunEvent.of(run, PayoutRunEvent.Kind.CREATED, run.createdBy(), null));
        return run.id();
    }

    public PayoutRun find(long runId) {
        PayoutRun run = em().find(PayoutRun.class, runId);
        if (run != null) {
            em().refresh(run);
        }
        return run;
    }

    private PayoutRun lock(long runId) {
        return em().find(PayoutRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Gathers one chunk: every source's approved payables on no run, in kind order, up to {@link #CHUNK} together
     * ({@link ChunkGathering}), are put on this run by their sources (each takes a payable at most once; one
     * another run took meanwhile fails the chunk, which is tried again) and a payment written for each.
     * Returns how many were taken, or -1 once the run is gathered.
     */
    @Transactional
    @RetriedOnConflict
    public int gatherChunk(long runId) {
        PayoutRun run = lock(runId);
        if (run == null || run.status() != RunStatus.GATHERING) {
            return -1;
        }
        List<ChunkGathering.Drawn> chunk = ChunkGathering.fill(sources.byKind(), CHUNK);
        if (chunk.isEmpty()) {
            run.gatheringFinished();
            record(PayoutRunEvent.of(run, PayoutRunEvent.Kind.GATHERED, run.createdBy(), RunStatus.GATHERING));
            return -1;
        }
        int taken = take(runId, chunk, run.createdBy());
        counted(run, chunk, taken);
        return taken;
    }

    /**
     * Reads up to {@code size} payables on no run from every source, in kind order, oldest first: what the next
     * chunks of a run will take. Nothing is taken by reading; {@link #gatherDrawn} takes them.
     */
    @Transactional
    @RetriedOnConflict
    public List<ChunkGathering.Drawn> draw(int size) {
        return ChunkGathering.fill(sources.byKind(), size);
    }

    /**
     * Gathers one chunk read by {@link #draw}: its payables put on the run by their sources (one taken meanwhile
     * by another run throws, and the chunk is written by none), a payment for each, and the run's counters. The
     * run's row is locked last, so two chunks of one run can be written at once and wait on each other only for
     * the counters and the commit. Returns how many were taken.
     *
     * @throws IllegalStateException when the run is no longer gathering: nothing of the chunk is kept
     */
    @Transactional
    @RetriedOnConflict
    public int gatherDrawn(long runId, List<ChunkGathering.Drawn> chunk, String actor) {
        int taken = take(runId, chunk, actor);
        counted(lock(runId), chunk, taken);
        return taken;
    }

    /** The chunk's payables put on the run by their sources, and a payment written for each. */
    private int take(long runId, List<ChunkGathering.Drawn> chunk, String actor) {
        List<Object[]> rows = new ArrayList<>(ChunkGathering.count(chunk));
        for (ChunkGathering.Drawn drawn : chunk) {
            drawn.source().schedule(runId, drawn.payables(), actor);
            for (Payable payable : drawn.payables()) {
                rows.add(Payment.values(runId, payable));
            }
        }
        sql.insert("payout_payment", Payment.COLUMNS, rows, null);
        return rows.size();
    }

    private void counted(PayoutRun run, List<ChunkGathering.Drawn> chunk, int taken) {
        long fen = ChunkGathering.totalFen(chunk);
        run.gathered(taken, fen);
        gatheredEvents.fire(new PaymentsGathered(context.tenant(), run.payoutDate(), taken, fen));
    }

    @Transactional
    @RetriedOnConflict
    public PayoutRun approve(long runId, String by) {
        PayoutRun run = lock(runId);
        RunStatus before = run.status();
        run.approve(by);
        record(PayoutRunEvent.of(run, PayoutRunEvent.Kind.APPROVED, by, before));
        return run;
    }

    @Transactional
    @RetriedOnConflict
    public PayoutRun fileIssued(long runId, String sha256, String by) {
        PayoutRun run = lock(runId);
        RunStatus before = run.status();
        run.fileIssued(sha256, by);
        record(PayoutRunEvent.of(run, PayoutRunEvent.Kind.FILE_ISSUED, by, before).withFile(sha256));
        return run;
    }

    /** The run's payments in id order, a page at a time. */
    public List<Payment> payments(long runId, PaymentStatus status, int offset, int limit) {
        var q = em().createQuery("select p from Payment p where p.runId = :run"
                        + (status == null ? "" : " and p.status = :status") + " order by p.id", Payment.class)
                .setParameter("run", runId).setFirstResult(offset).setMaxResults(limit);
        if (status != null) {
            q.setParameter("status", status);
        }
        return q.getResultList();
    }

    public List<Payment> failedPayments(int limit) {
        return em().createQuery("select p from Payment p where p.status = :failed order by p.id desc", Payment.class)
                .setParameter("failed", PaymentStatus.FAILED).setMaxResults(limit).getResultList();
    }

    /** Which of these references are payments of the run. */
    public java.util.Set<String> knownReferences(long runId, Collection<String> references) {
        java.util.Set<String> known = new java.util.HashSet<>();
        List<String> all = List.copyOf(references);
        for (int from = 0; from < all.size(); from += CHUNK) {
            known.addAll(em().createQuery("select p.reference from Payment p where p.runId = :run "
                            + "and p.reference in :refs", String.class).setParameter("run", runId)
                    .setParameter("refs", all.subList(from, Math.min(all.size(), from + CHUNK))).getResultList());
        }
        return known;
    }

    public List<ResultImport> imports(long runId) {
        return em().createQuery("select i from ResultImport i where i.runId = :run order by i.id desc",
                ResultImport.class).setParameter("run", runId).getResultList();
    }

    public ResultImport findImport(long importId) {
        ResultImport found = em().find(ResultImport.class, importId);
        if (found != null) {
            em().refresh(found);
        }
        return found;
    }

    public List<ResultProblem> problems(long importId) {
        return em().createQuery("select p from ResultProblem p where p.importId = :id order by p.lineNo",
                ResultProblem.class).setParameter("id", importId).getResultList();
    }

    /** Takes a result file: the run is SETTLING until its lines are applied. */
    @Transactional
    public long receiveResult(ResultImport received, List<BankResultFile.Problem> problems) {
        PayoutRun run = lock(received.runId());
        run.settling();
        em().persist(received);
        em().flush();
        sql.insert("payout_result_problem", ResultProblem.COLUMNS, problems.stream()
                .map(p -> ResultProblem.values(received.id(), p.lineNo(), p.reason())).toList(), null);
        return received.id();
    }

    /**
     * Applies one chunk of a result file's good lines, {@code upTo} being the count of good lines applied once
     * it is done: payments PENDING become PAID or FAILED and their payables follow, each marked by its own
     * source; a line for a payment already settled the same way changes nothing; one settled the other way is a
     * problem.
     */
    @Transactional
    @RetriedOnConflict
    public void applyChunk(long importId, int upTo, List<BankResultFile.Outcome> chunk, LocalDate today, String actor) {
        ResultImport imported = em().find(ResultImport.class, importId, LockModeType.PESSIMISTIC_WRITE);
        if (imported.appliedLines() >= upTo) {
            return; // another run of the same import committed this chunk
        }
        long runId = imported.runId();
        PayoutRun run = lock(runId);
        Map<String, Payment> payments = new HashMap<>();
        em().createQuery("select p from Payment p where p.runId = :run and p.reference in :refs", Payment.class)
                .setHint("eclipselink.refresh", "true").setParameter("run", runId).setParameter("refs", chunk.stream().map(BankResultFile.Outcome::reference)
                        .toList()).getResultList().forEach(p -> payments.put(p.reference(), p));
        Map<PayableKind, List<Long>> paid = new java.util.EnumMap<>(PayableKind.class);
        int paidCount = 0;
        List<Payment> failed = new ArrayList<>();
        List<Object[]> problems = new ArrayList<>();
        int unchanged = 0;
        long paidFen = 0;
        long failedFen = 0;
        for (BankResultFile.Outcome line : chunk) {
            Payment p = payments.get(line.reference());
            if (p == null) {
                problems.add(ResultProblem.values(importId, line.lineNo(), Phrase.of("UNKNOWN_REFERENCE", runId).stored()));
            } else if (p.status() == PaymentStatus.PENDING && line.paid()) {
                p.paid(line.bankReference(), today);
                paid.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(p.sourceId());
                paidCount++;
                paidFen += p.amountFen();
            } else if (p.status() == PaymentStatus.PENDING) {
                p.failed(line.bankReference(), line.reason(), today);
                failed.add(p);
                failedFen += p.amountFen();
            } else if ((p.status() == PaymentStatus.PAID) == line.paid()) {
                unchanged++;
            } else {
                problems.add(ResultProblem.values(importId, line.lineNo(), Phrase.of("ALREADY_" + p.status()).stored()));
            }
        }
        paid.forEach((kind, ids) -> {
            int changed = sources.of(kind).markPaid(runId, ids, today, actor);
            if (changed != ids.size()) {
                LOG.warning(() -> "run " + runId + ": " + ids.size() + " " + kind + " payments paid, " + changed
                        + " marked paid by their source");
            }
        });
        for (Payment p : failed) {
            sources.of(p.kind()).markFailed(runId, p.sourceId(), p.failureReason(), actor);
        }
        sql.insert("payout_result_problem", ResultProblem.COLUMNS, problems, TenantSql.KEEP_STORED);
        run.paid(paidCount, paidFen);
        run.failed(failed.size(), failedFen);
        settledEvents.fire(new PaymentsSettled(context.tenant(), today, paidCount, paidFen, failed.size(), failedFen));
        imported.applied(upTo, paidCount, failed.size(), unchanged);
    }

    /** Every good line applied: the import is done, the run settled when no payment waits any more. */
    @Transactional
    @RetriedOnConflict
    public void finishImport(long importId) {
        ResultImport imported = em().find(ResultImport.class, importId, LockModeType.PESSIMISTIC_WRITE);
        if (imported.finished()) {
            return;
        }
        imported.done();
        settle(imported);
    }

    /**
     * A result file gave up: the lines applied so far stay applied, the run waits for results again (a file
     * corrected, or the same file once more) unless another file is still being applied.
     */
    @Transactional
    @RetriedOnConflict
    public void resultFailed(long importId, JobFailure reason) {
        ResultImport imported = em().find(ResultImport.class, importId, LockModeType.PESSIMISTIC_WRITE);
        if (imported == null || imported.finished()) {
            return;
        }
        imported.failed(reason);
        settle(imported);
    }

    @Transactional
    @RetriedOnConflict
    public void gatheringFailed(long runId, JobFailure reason) {
        PayoutRun run = lock(runId);
        if (run != null && run.status() == RunStatus.GATHERING) {
            run.gatheringFailed(reason);
            record(PayoutRunEvent.of(run, PayoutRunEvent.Kind.GATHERING_FAILED, run.createdBy(),
                    RunStatus.GATHERING));
        }
    }

    @Transactional
    @RetriedOnConflict
    public void retryGathering(long runId, String by) {
        PayoutRun run = lock(runId);
        RunStatus before = run.status();
        run.retryGathering();
        record(PayoutRunEvent.of(run, PayoutRunEvent.Kind.GATHERING_RETRIED, by, before));
    }

    private void settle(ResultImport imported) {
        long importId = imported.id();
        PayoutRun run = lock(imported.runId());
        RunStatus before = run.status();
        run.resultApplied(othersApplying(run.id(), importId));
        PayoutRunEvent.Kind kind = ResultImport.FAILED.equals(imported.status())
                ? PayoutRunEvent.Kind.RESULT_FAILED : PayoutRunEvent.Kind.RESULT_IMPORTED;
        record(PayoutRunEvent.of(run, kind, imported.importedBy(), before).withImport(importId));
        if (run.status() == RunStatus.SETTLED) {
            record(PayoutRunEvent.of(run, PayoutRunEvent.Kind.SETTLED, imported.importedBy(), before)
                    .withImport(importId));
        }
    }

    /** Whether another result file of the run is still being applied. */
    private boolean othersApplying(long runId, long importId) {
        return em().createQuery("select count(i) from ResultImport i where i.runId = :run and i.status = :received "
                        + "and i.id <> :self", Long.class).setParameter("run", runId)
                .setParameter("received", ResultImport.RECEIVED).setParameter("self", importId).getSingleResult() > 0;
    }

    public List<PayoutRun> recent(int limit) {
        return em().createQuery("select r from PayoutRun r order by r.id desc", PayoutRun.class)
                .setMaxResults(limit).getResultList();
    }

    public List<Long> runsIn(RunStatus status) {
        return em().createQuery("select r.id from PayoutRun r where r.status = :s order by r.id", Long.class)
                .setParameter("s", status).getResultList();
    }

    public List<Long> importsReceived() {
        return em().createQuery("select i.id from ResultImport i where i.status = :s order by i.id", Long.class)
                .setParameter("s", ResultImport.RECEIVED).getResultList();
    }

    public boolean scheduledRunExists(LocalDate day) {
        return !em().createQuery("select r.id from PayoutRun r where r.scheduledOn = :day", Long.class)
                .setParameter("day", day).setMaxResults(1).getResultList().isEmpty();
    }

    /** The tenant's payout weekday as provisioning wrote it; null when it wrote none (the schedule's default). */
    public String payoutWeekday() {
        PayoutPolicy policy = em().find(PayoutPolicy.class, context.tenant().value());
        if (policy != null) {
            em().refresh(policy);
        }
        return policy == null ? null : policy.payoutWeekday();
    }

    /** The run's history, oldest first. */
    public List<PayoutRunEvent> events(long runId) {
        return em().createQuery("select e from PayoutRunEvent e where e.runId = :run order by e.id",
                PayoutRunEvent.class).setParameter("run", runId).getResultList();
    }

    /**
     * Written at once: the history's order is its ids' (IDENTITY), and EclipseLink does not keep the order of new
     * objects of one class when it commits them together (RESULT_IMPORTED and SETTLED came out reversed).
     */
    private void record(PayoutRunEvent event) {
        em().persist(event);
        em().flush();
    }
}
