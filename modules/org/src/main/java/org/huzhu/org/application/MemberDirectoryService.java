package org.huzhu.org.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
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

    @Override
    public List<MemberView> search(MemberQuery query, int offset, int limit) {
        TypedQuery<Member> q = buildQuery(query)
                .setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.min(Math.max(1, limit), MAX_PAGE));
        return q.getResultList().stream().map(Member::toView).toList();
    }

    /**
     * Each search walks an index that starts with the tenant, in the order the list is shown: office staff
     * see the tenant by id, clerks their subtree union by union, name searches go by name.
     */
    private TypedQuery<Member> buildQuery(MemberQuery query) {
        boolean whole = subtree.isWholeTenant();
        String scope = whole ? "" : " and m.orgPath like :subtree";
        TypedQuery<Member> q;
        if (query.isBlank()) {
            q = entityManager.get().createQuery("select m from Member m where 1 = 1" + scope
                    + (whole ? " order by m.id" : " order by m.orgPath, m.id"), Member.class);
        } else if (query.isCardNumber()) {
            q = entityManager.get().createQuery("select m from Member m where m.cardNoHash = :hash" + scope
                    + " order by m.id", Member.class).setParameter("hash", protector.lookupHash(query.text()));
        } else {
            q = entityManager.get().createQuery("select m from Member m where m.name like :name" + scope
                    + " order by m.name, m.id", Member.class).setParameter("name", escapeLike(query.text()) + "%");
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
