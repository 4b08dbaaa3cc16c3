package org.huzhu.claims.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.huzhu.claims.domain.Claim;
import org.huzhu.org.api.CallerScope;
import org.huzhu.org.api.MemberDirectory;
import org.huzhu.org.api.MemberSelf;
import org.huzhu.org.api.MemberView;
import org.huzhu.tenancy.api.AccessDeniedException;
import org.huzhu.tenancy.api.Caller;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.api.TenantEntityManager;

/** Who may see which claim and member: office staff the tenant, clerks their subtree, a member their own. */
@ApplicationScoped
public class ClaimAccess {

    @Inject
    TenantContext context;

    @Inject
    TenantEntityManager entityManager;

    @Inject
    MemberDirectory members;

    @Inject
    MemberSelf self;

    @Inject
    CallerScope scope;

    public Caller caller() {
        return context.requireCaller();
    }

    public boolean isMember() {
        Caller caller = caller();
        return caller.has(Role.MEMBER) && !caller.seesWholeTenant() && !caller.has(Role.AGENCY_CLERK)
                && !caller.has(Role.GRASSROOTS_CLERK);
    }

    /** The member a claim is filed for, if the caller may file for them. */
    public MemberView member(long memberId) {
        if (isMember()) {
            MemberView me = self.me().orElseThrow(() -> new AccessDeniedException("this login is linked to no member"));
            if (me.id() != memberId) {
                throw new AccessDeniedException("a member files claims for themselves only");
            }
            return me;
        }
        return members.find(memberId).orElseThrow(() -> new NoSuchElementException("no member " + memberId));
    }

    public Optional<Long> selfId() {
        return self.me().map(MemberView::id);
    }

    public Optional<Claim> visible(long claimId) {
        Claim claim = entityManager.get().find(Claim.class, claimId);
        if (claim == null) {
            return Optional.empty();
        }
        if (isMember()) {
            return selfId().filter(id -> id == claim.memberId()).map(id -> claim);
        }
        return scope.covers(claim.orgPath()) ? Optional.of(claim) : Optional.empty();
    }

    public Claim require(long claimId) {
        return visible(claimId).orElseThrow(() -> new NoSuchElementException("no claim " + claimId));
    }

    public CallerScope scope() {
        return scope;
    }
}
