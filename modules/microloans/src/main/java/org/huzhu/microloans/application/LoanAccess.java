package org.huzhu.microloans.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.huzhu.microloans.domain.Refusals;
import org.huzhu.org.api.CallerScope;
import org.huzhu.org.api.MemberDirectory;
import org.huzhu.org.api.MemberPlacement;
import org.huzhu.org.api.MemberSelf;
import org.huzhu.org.api.MemberView;
import org.huzhu.tenancy.api.AccessDeniedException;
import org.huzhu.tenancy.api.Caller;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.TenantContext;

/**
 * Who may see which application or loan: office staff the whole tenant, clerks their org subtree (by the
 * founder's place in the tree when filed), a member only their own.
 */
@ApplicationScoped
public class LoanAccess {

    @Inject
    TenantContext context;

    @Inject
    MemberDirectory members;

    @Inject
    MemberSelf self;

    @Inject
    CallerScope scope;

    @Inject
    MemberPlacement placement;

    public Caller caller() {
        return context.requireCaller();
    }

    public String actor() {
        return caller().username();
    }

    /** A member login with no staff role: sees and files for itself only. */
    public boolean isMember() {
        Caller c = caller();
        return c.has(Role.MEMBER) && !c.seesWholeTenant() && !c.has(Role.AGENCY_CLERK) && !c.has(Role.GRASSROOTS_CLERK);
    }

    /** The founder an application is filed for: the member login itself, or a member in the clerk's subtree. */
    public MemberView founder(Long memberId) {
        if (isMember()) {
            MemberView me = self.me().orElseThrow(() -> new AccessDeniedException("this login is linked to no member"));
            if (memberId != null && memberId != me.id()) {
                throw new AccessDeniedException("a member files for themselves only");
            }
            return me;
        }
        if (memberId == null) {
            throw Refusals.required("memberId");
        }
        return members.find(memberId).orElseThrow(() -> Refused.badInput("memberId", "microloans.refused.noMember"));
    }

    public String orgPathOf(long memberId) {
        return placement.of(memberId).orElseThrow().orgPath();
    }

    public boolean sees(long memberId, String orgPath) {
        if (isMember()) {
            return self.me().map(m -> m.id() == memberId).orElse(false);
        }
        return scope.covers(orgPath);
    }

    public CallerScope scope() {
        return scope;
    }

    public Long selfId() {
        return self.me().map(MemberView::id).orElse(-1L);
    }
}
