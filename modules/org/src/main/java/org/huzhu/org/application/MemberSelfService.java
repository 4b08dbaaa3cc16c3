package org.huzhu.org.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.huzhu.org.api.MemberSelf;
import org.huzhu.org.api.MemberView;
import org.huzhu.org.domain.Member;
import org.huzhu.org.domain.MemberLogin;
import org.huzhu.tenancy.api.AccessDeniedException;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.api.TenantEntityManager;

/** Finds the member record linked to a member login, in the caller's tenant only. */
@ApplicationScoped
public class MemberSelfService implements MemberSelf {

    @Inject
    TenantContext context;

    @Inject
    TenantEntityManager entityManager;

    @Override
    public Optional<MemberView> me() {
        var caller = context.requireCaller();
        if (!caller.has(Role.MEMBER)) {
            throw new AccessDeniedException("only a member login has a member record of its own");
        }
        return entityManager.get().createQuery("select l from MemberLogin l where l.username = :username",
                        MemberLogin.class).setParameter("username", caller.username()).getResultStream().findFirst()
                .map(login -> entityManager.get().find(Member.class, login.memberId())).map(Member::toView);
    }
}
