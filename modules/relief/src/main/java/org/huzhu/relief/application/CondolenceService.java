package org.huzhu.relief.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.huzhu.org.api.JobFlag;
import org.huzhu.org.api.MemberCriteria;
import org.huzhu.org.api.MemberSelection;
import org.huzhu.org.api.OrgTree;
import org.huzhu.org.api.OrgUnitView;
import org.huzhu.relief.api.CondolenceItems;
import org.huzhu.relief.api.HardshipStatus;
import org.huzhu.relief.api.PaymentStep;
import org.huzhu.relief.domain.AidLineStatus;
import org.huzhu.relief.domain.AidRunStatus;
import org.huzhu.relief.domain.CondolenceCriteria;
import org.huzhu.relief.domain.CondolenceItem;
import org.huzhu.relief.domain.CondolenceLine;
import org.huzhu.relief.domain.CondolenceRule;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.RetriedOnConflict;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.api.TenantEntityManager;
import org.huzhu.tenancy.api.TenantSql;

/**
 * Condolence items. Computing reads the eligible members set-based through org's {@link MemberSelection} (pages
 * of the registry in id order, the criteria evaluated by the database), the hardship register in one query,
 * applies the item's {@link CondolenceRule} in memory and replaces the item's lines in one transaction holding the
 * item's row lock, so two computations of one item cannot interleave and the same registry gives the same lines.
 * A change the database refuses for a conflict (a deadlock, or Galera's certification) is made again whole: all it
 * does is in the database.
 */
@RequestScoped
@RetriedOnConflict
public class CondolenceService implements CondolenceItems {

    static final int CHUNK = 5_000;
    static final int PAGE = 500;
    static final int MATCH_CHUNK = 5_000;
    static final int MAX_MEMBER_IDS = 10_000;
    static final int MAX_LINES = 2_000_000;

    @Inject
    TenantEntityManager entityManager;

    @Inject
    PaymentTrail trail;
    @Inject
    TenantContext context;
    @Inject
    TenantSql sql;
    @Inject
    MemberSelection selection;
    @Inject
    OrgTree orgTree;
    @Inject
    CondolencePayeeList payeeList;

    @Override
    @Transactional
    public ItemView define(ItemForm form) {
        CondolenceItem item = read(form);
        // one name per year: an office reports its items by name, and a twin would be counted apart in the figures
        boolean taken = !entityManager.get().createQuery("SELECT i.id FROM CondolenceItem i WHERE i.itemYear = :y "
                + "AND i.name = :n", Long.class).setParameter("y", form.year()).setParameter("n", form.name().strip())
                .setMaxResults(1).getResultList().isEmpty();
        if (taken) {
            throw Refused.conflict("relief.refused.itemNameTaken", form.name().strip(), form.year());
        }
        entityManager.get().persist(item);
        entityManager.get().flush();
        return view(item);
    }

    private CondolenceItem read(ItemForm form) {
        if (form == null || form.name() == null || form.name().isBlank() || form.name().strip().length() > 100) {
            throw Refused.badInput("name", "relief.refused.itemName");
        }
        if (form.kind() == null) {
            throw Refused.badInput("kind", "relief.refused.code");
        }
        if (form.year() < 2000 || form.year() > 2100) {
            throw Refused.badInput("year", "relief.refused.year");
        }
        if (form.amountFen() <= 0) {
            throw Refused.badInput("amountFen", "relief.refused.positive");
        }
        if (form.budgetFen() <= 0) {
            throw Refused.badInput("budgetFen", "relief.refused.positive");
        }
        Rule rule = form.rule() == null ? new Rule(null, null, false, false, List.of()) : form.rule();
        String path = "/";
        if (rule.orgUnitId() != null) {
            path = orgTree.find(rule.orgUnitId()).map(OrgUnitView::path)
                    .orElseThrow(() -> Refused.badInput("rule.orgUnitId", "relief.refused.orgUnit"));
        }
        List<Long> ids = rule.memberIds() == null ? List.of() : rule.memberIds();
        if (form.kind().paysPayees() && (rule.gender() != null || rule.hardshipOnly() || rule.modelWorkersOnly()
                || !ids.isEmpty())) {
            // the payees are listed one by one: a rule over the members would say something the item does not do
            throw Refused.badInput("rule", "relief.refused.charityRule");
        }
        if (ids.size() > MAX_MEMBER_IDS || ids.stream().anyMatch(Objects::isNull)) {
            throw Refused.badInput("rule.memberIds", "relief.refused.memberIds", MAX_MEMBER_IDS);
        }
        return new CondolenceItem(form.name().strip(), form.kind(), form.year(),
                new CondolenceCriteria(path, rule.gender(), rule.hardshipOnly(), rule.modelWorkersOnly(),
                        new HashSet<>(ids)),
                new CondolenceRule(form.amountFen(), form.budgetFen()), actor(), LocalDateTime.now());
    }

    @Override
    @Transactional
    public ItemView compute(long itemId) {
        CondolenceItem item = locked(itemId);
        if (item.status() == AidRunStatus.APPROVED) {
            throw Refused.conflict("relief.refused.itemApproved", String.valueOf(itemId));
        }
        List<CondolenceRule.Line> lines = item.rule().apply(item.kind().paysPayees() ? payeeList.cases(item)
                : cases(item.criteria()));
        entityManager.get().createQuery("delete from CondolenceLine l where l.itemId = :item")
                .setParameter("item", itemId).executeUpdate();
        List<Object[]> rows = lines.stream().map(l -> new CondolenceLine(itemId, l).values()).toList();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            sql.insert("condolence_line", CondolenceLine.COLUMNS,
                    rows.subList(from, Math.min(rows.size(), from + CHUNK)), null);
        }
        item.computed(lines, LocalDateTime.now());
        return view(item);
    }

    /** Every member the criteria take, in id order, each marked whether their household is in hardship. */
    private List<CondolenceRule.Case> cases(CondolenceCriteria criteria) {
        Set<Long> hardship = new HashSet<>();
        Set<Long> modelWorkerFiles = new HashSet<>();
        entityManager.get().createQuery("select f.memberId, f.modelWorker from HardshipFile f where f.status = :in",
                        Object[].class).setParameter("in", HardshipStatus.IN_HARDSHIP).getResultList()
                .forEach(r -> {
                    hardship.add((Long) r[0]);
                    if (Boolean.TRUE.equals(r[1])) {
                        modelWorkerFiles.add((Long) r[0]);
                    }
                });
        MemberCriteria registry = criteria.modelWorkersInHardship()
                ? criteria.memberCriteria(hardship, modelWorkersAmong(hardship, modelWorkerFiles))
                : criteria.memberCriteria(hardship);
        List<CondolenceRule.Case> cases = new ArrayList<>();
        long after = 0;
        while (true) {
            List<MemberSelection.Selected> page = selection.page(registry, after, PAGE);
            for (MemberSelection.Selected s : page) {
                long id = s.member().id();
                cases.add(new CondolenceRule.Case(id, s.member().name(), s.orgPath(), hardship.contains(id)));
            }
            if (page.size() < PAGE) {
                return cases;
            }
            if (cases.size() > MAX_LINES) {
                throw Refused.badInput("rule", "relief.refused.tooMany", MAX_LINES);
            }
            after = page.get(page.size() - 1).member().id();
        }
    }

    /**
     * The hardship households that count as model workers': their file says so, or the registry flags the member
     * (asked of the database for the others, a few thousand ids at a time).
     */
    private Set<Long> modelWorkersAmong(Set<Long> hardship, Set<Long> modelWorkerFiles) {
        Set<Long> counted = new HashSet<>(modelWorkerFiles);
        List<Long> others = hardship.stream().filter(id -> !modelWorkerFiles.contains(id)).sorted().toList();
        MemberCriteria flagged = new MemberCriteria("/", null, null, null, Set.of(JobFlag.MODEL_WORKER), null);
        for (int from = 0; from < others.size(); from += MATCH_CHUNK) {
            counted.addAll(selection.matching(flagged, others.subList(from, Math.min(others.size(), from + MATCH_CHUNK))));
        }
        return counted;
    }

    @Override
    @Transactional
    public ItemView approve(long itemId) {
        CondolenceItem item = locked(itemId);
        if (item.status() != AidRunStatus.COMPUTED) {
            throw Refused.conflict("relief.refused.itemNotComputed", String.valueOf(itemId));
        }
        if (!item.mayBeApprovedBy(actor())) {
            throw Refused.conflict("relief.refused.itemSameApprover", String.valueOf(itemId));
        }
        item.approve(actor(), LocalDateTime.now());
        entityManager.get().createQuery("update CondolenceLine l set l.status = :approved, l.version = l.version + 1 "
                        + "where l.itemId = :item and l.status = :computed")
                .setParameter("approved", AidLineStatus.APPROVED).setParameter("item", itemId)
                .setParameter("computed", AidLineStatus.COMPUTED).executeUpdate();
        return view(item);
    }

    @Override
    @Transactional
    public List<PayeeView> addPayees(long itemId, List<PayeeForm> payees) {
        CondolenceItem item = locked(itemId);
        if (!item.kind().paysPayees()) {
            throw Refused.conflict("relief.refused.notCharity", String.valueOf(itemId));
        }
        if (item.status() != AidRunStatus.DEFINED) {
            throw Refused.conflict("relief.refused.payeesFixed", String.valueOf(itemId));
        }
        payeeList.add(item, payees, actor());
        return payeeList.views(itemId);
    }

    @Override
    public List<PayeeView> payees(long itemId) {
        find(itemId).orElseThrow(() -> Refused.notFound("relief.refused.itemNotFound", String.valueOf(itemId)));
        return payeeList.views(itemId);
    }

    @Override
    public Optional<ItemView> find(long itemId) {
        return Optional.ofNullable(entityManager.get().find(CondolenceItem.class, itemId)).map(CondolenceService::view);
    }

    @Override
    public List<ItemView> recent(Integer year, int limit) {
        String where = year == null ? "" : " where i.itemYear = :year";
        var query = entityManager.get().createQuery("select i from CondolenceItem i" + where + " order by i.id desc",
                CondolenceItem.class);
        if (year != null) {
            query.setParameter("year", year);
        }
        return query.setMaxResults(Math.min(limit, 500)).getResultList().stream().map(CondolenceService::view).toList();
    }

    @Override
    public List<LineView> lines(long itemId, int offset, int limit) {
        find(itemId).orElseThrow(() -> Refused.notFound("relief.refused.itemNotFound", String.valueOf(itemId)));
        return entityManager.get().createQuery("select l from CondolenceLine l where l.itemId = :item "
                        + "order by l.position", CondolenceLine.class).setParameter("item", itemId)
                .setFirstResult(offset).setMaxResults(Math.min(limit, 1_000)).getResultList().stream()
                .map(CondolenceService::line).toList();
    }

    @Override
    @Transactional
    public LineView retryPayment(long itemId, long lineId) {
        CondolenceLine line = entityManager.get().find(CondolenceLine.class, lineId);
        if (line == null || line.itemId() != itemId) {
            throw Refused.notFound("relief.refused.lineNotFound", String.valueOf(lineId));
        }
        if (!line.retryPayment()) {
            throw Refused.conflict("relief.refused.paymentNotFailed", String.valueOf(lineId));
        }
        trail.record(PaymentStep.Subject.CONDOLENCE_LINE, List.of(lineId), PaymentStep.Kind.RETRIED, null, null,
                actor());
        return line(line);
    }

    @Override
    public List<PaymentStep> paymentSteps(long itemId, long lineId) {
        find(itemId).orElseThrow(() -> Refused.notFound("relief.refused.itemNotFound", String.valueOf(itemId)));
        CondolenceLine line = entityManager.get().find(CondolenceLine.class, lineId);
        if (line == null || line.itemId() != itemId) {
            throw Refused.notFound("relief.refused.lineNotFound", String.valueOf(lineId));
        }
        return trail.of(PaymentStep.Subject.CONDOLENCE_LINE, lineId);
    }

    private static LineView line(CondolenceLine l) {
        return new LineView(l.id(), l.position(), l.memberId(), l.payeeId(), l.memberName(), l.hardship(), l.amountFen(),
                l.withinBudget(), l.status().name(), l.payoutRunId());
    }

    private CondolenceItem locked(long itemId) {
        return Optional.ofNullable(entityManager.get().find(CondolenceItem.class, itemId,
                        LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> Refused.notFound("relief.refused.itemNotFound", String.valueOf(itemId)));
    }

    static ItemView view(CondolenceItem i) {
        CondolenceCriteria c = i.criteria();
        return new ItemView(i.id(), i.name(), i.kind(), i.year(), c.orgPath(), c.gender(), c.hardshipOnly(),
                c.modelWorkersOnly(), c.memberIds().size(), i.rule().amountFen(), i.rule().budgetFen(),
                i.status().name(), i.createdBy(), i.computedAt(), i.approvedBy(), i.lineCount(), i.linesWithin(),
                i.totalWithinFen(), i.linesCut(), i.totalCutFen());
    }

    private String actor() {
        return context.requireCaller().username();
    }
}
