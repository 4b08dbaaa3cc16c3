package org.huzhu.org.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.huzhu.kernel.identity.Gender;
import org.huzhu.org.api.JobFlag;
import org.huzhu.org.api.MemberCriteria;
import org.huzhu.org.api.MemberJobFlags;
import org.huzhu.org.api.MemberSelection;
import org.huzhu.org.domain.Member;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.TenantEntityManager;

/**
 * Criteria turned into one JPQL condition, so the database counts and pages a city's registry itself (one scan
 * of the tenant's members grouped by union, never a member at a time in Java). The caller's subtree is a second
 * path condition: a clerk selecting for a city-wide campaign sees only their part of it.
 */
@ApplicationScoped
public class MemberSelectionService implements MemberSelection, MemberJobFlags {

    static final int MAX_PAGE = 500;
    static final int MAX_IDS = 5_000;
    private static final String SELECTED = Member.VIEW_SELECT + ", m.orgPath, m.outdoorWorker, m.highTemperature, "
            + "m.frontLine, m.modelWorker";

    @Inject
    TenantEntityManager entityManager;

    @Inject
    CallerSubtree subtree;

    @Override
    public Map<Long, Long> countByUnit(MemberCriteria criteria) {
        Map<Long, Long> counts = new HashMap<>();
        query("select m.orgUnitId, count(m) from Member m where " + where(criteria) + " group by m.orgUnitId",
                criteria, Object[].class).getResultList().forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }

    @Override
    public List<Selected> page(MemberCriteria criteria, long afterId, int limit) {
        return query("select " + SELECTED + " from Member m where " + where(criteria) + " and m.id > :after "
                + "order by m.id", criteria, Object[].class).setParameter("after", afterId)
                .setMaxResults(Math.min(Math.max(limit, 1), MAX_PAGE)).getResultList().stream()
                .map(MemberSelectionService::selected).toList();
    }

    @Override
    public Set<Long> matching(MemberCriteria criteria, Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Set.of();
        }
        requireFew(memberIds);
        return new HashSet<>(query("select m.id from Member m where " + where(criteria) + " and m.id in :ids",
                criteria, Long.class).setParameter("ids", memberIds).getResultList());
    }

    @Override
    public Map<Long, Selected> find(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        requireFew(memberIds);
        return entityManager.get().createQuery("select " + SELECTED + " from Member m where m.id in :ids "
                        + "and m.orgPath like :subtree", Object[].class)
                .setParameter("ids", memberIds).setParameter("subtree", subtree.likePattern())
                .getResultList().stream().map(MemberSelectionService::selected)
                .collect(Collectors.toMap(s -> s.member().id(), s -> s));
    }

    @Override
    @Transactional
    public Set<JobFlag> change(long memberId, Set<JobFlag> flags) {
        Member member = entityManager.get().find(Member.class, memberId);
        if (member == null || !subtree.covers(member.orgPath())) {
            throw Refused.notFound("org.member.notFound", String.valueOf(memberId));
        }
        member.changeJobFlags(flags == null ? Set.of() : flags);
        return member.jobFlags();
    }

    private static void requireFew(Collection<Long> ids) {
        if (ids.size() > MAX_IDS) {
            throw new IllegalArgumentException("at most " + MAX_IDS + " members a call");
        }
    }

    private <T> TypedQuery<T> query(String jpql, MemberCriteria c, Class<T> type) {
        TypedQuery<T> q = entityManager.get().createQuery(jpql, type)
                .setParameter("path", MemberDirectoryService.escapeLike(c.pathPrefix() == null ? "/" : c.pathPrefix()) + "%")
                .setParameter("subtree", subtree.likePattern());
        if (c.gender() != null) {
            q.setParameter("gender", c.gender() == Gender.FEMALE ? "F" : "M");
        }
        if (c.bornFrom() != null) {
            q.setParameter("bornFrom", c.bornFrom());
        }
        if (c.bornTo() != null) {
            q.setParameter("bornTo", c.bornTo());
        }
        if (c.within() != null) {
            q.setParameter("within", c.within().isEmpty() ? List.of(-1L) : c.within());
        }
        return q;
    }

    /** The criteria as one condition on {@code m}; only the parameters it names are set by {@link #query}. */
    static String where(MemberCriteria c) {
        StringBuilder w = new StringBuilder("m.status = 'ACTIVE' and m.orgPath like :path and m.orgPath like :subtree");
        if (c.gender() != null) {
            w.append(" and m.gender = :gender");
        }
        if (c.bornFrom() != null) {
            w.append(" and m.birthDate >= :bornFrom");
        }
        if (c.bornTo() != null) {
            w.append(" and m.birthDate <= :bornTo");
        }
        if (!c.anyFlag().isEmpty()) {
            w.append(c.anyFlag().stream().sorted().map(f -> "m." + Member.attributeOf(f) + " = true")
                    .collect(Collectors.joining(" or ", " and (", ")")));
        }
        if (c.within() != null) {
            w.append(" and m.id in :within");
        }
        return w.toString();
    }

    private static Selected selected(Object[] r) {
        java.util.EnumSet<JobFlag> flags = java.util.EnumSet.noneOf(JobFlag.class);
        if ((Boolean) r[9]) {
            flags.add(JobFlag.GIG_WORKER);
        }
        JobFlag[] order = {JobFlag.OUTDOOR, JobFlag.HIGH_TEMPERATURE, JobFlag.FRONT_LINE, JobFlag.MODEL_WORKER};
        for (int i = 0; i < order.length; i++) {
            if ((Boolean) r[12 + i]) {
                flags.add(order[i]);
            }
        }
        return new Selected(Member.view(r), (String) r[11], flags);
    }
}
