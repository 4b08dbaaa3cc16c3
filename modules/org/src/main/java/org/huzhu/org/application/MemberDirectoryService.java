package org.huzhu.org.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.huzhu.kernel.pii.PersonalDataProtector;
import org.huzhu.org.api.MemberDirectory;
import org.huzhu.org.api.MemberQuery;
import org.huzhu.org.api.MemberView;
import org.huzhu.org.domain.Member;
import org.huzhu.tenancy.api.TenantEntityManager;

/**
 * Member search for lists and the API: everyone the caller may see, a name prefix, or an exact card number
 * (found by its keyed hash). A page stays fast at a million members (see the bench module).
 */
@ApplicationScoped
public class MemberDirectoryService implements MemberDirectory {

    private static final int MAX_PAGE = 500;

    @Inject
    TenantEntityManager entityManager;

    @Inject
    CallerSubtree subtree;

    @Inject
    PersonalDataProtector protector;

    /**
     * Two steps: the page's ids from the index alone (covering, so skipping 100,000 rows reads no row),
     * then those rows by primary key. One query reading whole rows would fetch every skipped row too.
     */
    @Override
    public List<MemberView> search(MemberQuery query, int offset, int limit) {
        List<Long> ids = buildQuery(query)
                .setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.min(Math.max(1, limit), MAX_PAGE))
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, MemberView> rows = entityManager.get()
                .createQuery("select m from Member m where m.id in :ids", Member.class)
                .setParameter("ids", ids).getResultList().stream().map(Member::toView)
                .collect(Collectors.toMap(MemberView::id, Function.identity()));
        return ids.stream().map(rows::get).toList();
    }

    /**
     * Each search walks an index that starts with the tenant, in the order the list is shown: office staff
     * see the tenant by id, clerks their subtree union by union, name searches go by name.
     */
    private TypedQuery<Long> buildQuery(MemberQuery query) {
        boolean whole = subtree.isWholeTenant();
        String scope = whole ? "" : " and m.orgPath like :subtree";
        TypedQuery<Long> q;
        if (query.isBlank()) {
            q = entityManager.get().createQuery("select m.id from Member m where 1 = 1" + scope
                    + (whole ? " order by m.id" : " order by m.orgPath, m.id"), Long.class);
        } else if (query.isCardNumber()) {
            q = entityManager.get().createQuery("select m.id from Member m where m.cardNoHash = :hash" + scope
                    + " order by m.id", Long.class).setParameter("hash", protector.lookupHash(query.text()));
        } else {
            q = entityManager.get().createQuery("select m.id from Member m where m.name like :name" + scope
                    + " order by m.name, m.id", Long.class).setParameter("name", escapeLike(query.text()) + "%");
        }
        return whole ? q : q.setParameter("subtree", subtree.likePattern());
    }

    @Override
    public Optional<MemberView> find(long memberId) {
        Member member = entityManager.get().find(Member.class, memberId);
        if (member == null || !subtree.covers(member.orgPath())) {
            return Optional.empty();
        }
        return Optional.of(member.toView());
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
