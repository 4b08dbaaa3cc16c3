package org.huzhu.relief.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.huzhu.claims.api.ClaimTotals;
import org.huzhu.claims.api.ClaimTotals.MemberClaimTotals;
import org.huzhu.relief.api.AidGroup;
import org.huzhu.relief.api.AidRuns;
import org.huzhu.relief.api.HardshipStatus;
import org.huzhu.relief.api.PaymentStep;
import org.huzhu.relief.domain.AidLine;
import org.huzhu.relief.domain.AidLineStatus;
import org.huzhu.relief.domain.AidRule;
import org.huzhu.relief.domain.AidRun;
import org.huzhu.relief.domain.AidRunStatus;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.RetriedOnConflict;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.api.TenantEntityManager;
import org.huzhu.tenancy.api.TenantSql;

/**
 * Secondary aid runs. Computing reads the claims data set-based through claims' {@link ClaimTotals} (two grouped
 * queries for the whole window), the hardship register in one query, applies the run's {@link AidRule} in memory
 * and replaces the run's lines in one transaction holding the run's row lock, so two computations of one run
 * cannot interleave and the same data always gives the same lines.
 * A change the database refuses for a conflict (a deadlock, or Galera's certification) is made again whole: all it
 * does is in the database.
 */
@RequestScoped
@RetriedOnConflict
public class AidRunService implements AidRuns {

    static final int CHUNK = 5_000;

    @Inject
    TenantEntityManager entityManager;

    @Inject
    PaymentTrail trail;
    @Inject
    TenantContext context;
    @Inject
    TenantSql sql;
    @Inject
    ClaimTotals claimTotals;
    @Inject
    AidRunViews views;

    @Override
    @Transactional
    public AidRunView define(RunForm form) {
        AidRun run = AidRunForms.read(form, actor(), LocalDateTime.now());
        entityManager.get().persist(run);
        entityManager.get().flush();
        return views.of(run);
    }

    @Override
    @Transactional
    public AidRunView compute(long runId) {
        AidRun run = Optional.ofNullable(entityManager.get().find(AidRun.class, runId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> Refused.notFound("relief.refused.runNotFound", String.valueOf(runId)));
        if (run.status() == AidRunStatus.APPROVED) {
            throw Refused.conflict("relief.refused.runApproved", String.valueOf(runId));
        }
        List<AidRule.Line> lines = run.rule().apply(cases(run));
        entityManager.get().createQuery("delete from AidLine l where l.runId = :run").setParameter("run", runId)
                .executeUpdate();
        List<Object[]> rows = lines.stream().map(l -> new AidLine(runId, l).values()).toList();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            sql.insert("aid_line", AidLine.COLUMNS, rows.subList(from, Math.min(rows.size(), from + CHUNK)), null);
        }
        run.computed(lines, LocalDateTime.now());
        return views.of(run);
    }

    /** Each member with claims in the window, with the groups the run puts first. */
    private List<AidRule.Case> cases(AidRun run) {
        List<MemberClaimTotals> totals = claimTotals.perMember(run.claimsFrom(), run.claimsTo(),
                new HashSet<>(run.planCodes()));
        Map<Long, Boolean> hardship = new HashMap<>();
        entityManager.get().createQuery("select f.memberId, f.modelWorker from HardshipFile f where f.status = :in",
                        Object[].class).setParameter("in", HardshipStatus.IN_HARDSHIP).getResultList()
                .forEach(r -> hardship.put((Long) r[0], (Boolean) r[1]));
        Set<Long> modelWorkers = run.modelWorkers();
        Set<String> majorIllness = run.majorIllnessCodes();
        List<AidRule.Case> cases = new ArrayList<>(totals.size());
        for (MemberClaimTotals t : totals) {
            Set<AidGroup> groups = EnumSet.noneOf(AidGroup.class);
            if (hardship.containsKey(t.memberId())) {
                groups.add(AidGroup.HARDSHIP);
            }
            if (t.diseaseCodes().stream().anyMatch(majorIllness::contains)) {
                groups.add(AidGroup.MAJOR_ILLNESS);
            }
            if (modelWorkers.contains(t.memberId()) || Boolean.TRUE.equals(hardship.get(t.memberId()))) {
                groups.add(AidGroup.MODEL_WORKER);
            }
            cases.add(new AidRule.Case(t.memberId(), t.memberName(), t.orgPath(), t.selfPaidFen(), t.paidFen(), groups));
        }
        return cases;
    }

    @Override
    @Transactional
    public AidRunView approve(long runId) {
        AidRun run = Optional.ofNullable(entityManager.get().find(AidRun.class, runId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> Refused.notFound("relief.refused.runNotFound", String.valueOf(runId)));
        if (run.status() != AidRunStatus.COMPUTED) {
            throw Refused.conflict("relief.refused.runNotComputed", String.valueOf(runId));
        }
        if (!run.mayBeApprovedBy(actor())) {
            throw Refused.conflict("relief.refused.sameApprover", String.valueOf(runId));
        }
        run.approve(actor(), LocalDateTime.now());
        entityManager.get().createQuery("update AidLine l set l.status = :approved, l.version = l.version + 1 "
                        + "where l.runId = :run and l.status = :computed")
                .setParameter("approved", AidLineStatus.APPROVED).setParameter("run", runId)
                .setParameter("computed", AidLineStatus.COMPUTED).executeUpdate();
        return views.of(run);
    }

    @Override
    public Optional<AidRunView> find(long runId) {
        return Optional.ofNullable(entityManager.get().find(AidRun.class, runId)).map(views::of);
    }

    @Override
    public List<AidRunView> recent(int limit) {
        return entityManager.get().createQuery("select r from AidRun r order by r.id desc", AidRun.class)
                .setMaxResults(Math.min(limit, 500)).getResultList().stream().map(views::of).toList();
    }

    @Override
    public List<LineView> lines(long runId, int offset, int limit) {
        find(runId).orElseThrow(() -> Refused.notFound("relief.refused.runNotFound", String.valueOf(runId)));
        return entityManager.get().createQuery("select l from AidLine l where l.runId = :run order by l.position",
                        AidLine.class).setParameter("run", runId).setFirstResult(offset)
                .setMaxResults(Math.min(limit, 1_000)).getResultList().stream().map(AidRunViews::line).toList();
    }

    @Override
    @Transactional
    public LineView retryPayment(long runId, long lineId) {
        AidLine line = entityManager.get().find(AidLine.class, lineId);
        if (line == null || line.runId() != runId) {
            throw Refused.notFound("relief.refused.lineNotFound", String.valueOf(lineId));
        }
        if (!line.retryPayment()) {
            throw Refused.conflict("relief.refused.paymentNotFailed", String.valueOf(lineId));
        }
        trail.record(PaymentStep.Subject.AID_LINE, List.of(lineId), PaymentStep.Kind.RETRIED, null, null, actor());
        return AidRunViews.line(line);
    }

    @Override
    public List<PaymentStep> paymentSteps(long runId, long lineId) {
        find(runId).orElseThrow(() -> Refused.notFound("relief.refused.runNotFound", String.valueOf(runId)));
        AidLine line = entityManager.get().find(AidLine.class, lineId);
        if (line == null || line.runId() != runId) {
            throw Refused.notFound("relief.refused.lineNotFound", String.valueOf(lineId));
        }
        return trail.of(PaymentStep.Subject.AID_LINE, lineId);
    }

    private String actor() {
        return context.requireCaller().username();
    }
}
