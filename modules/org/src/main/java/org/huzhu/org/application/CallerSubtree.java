package org.huzhu.org.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.huzhu.org.domain.OrgUnit;
import org.huzhu.tenancy.api.AccessDeniedException;
import org.huzhu.tenancy.api.Caller;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.api.TenantEntityManager;

/**
 * The part of the org tree the caller may see, as a path prefix: the whole tenant for office staff, the
 * clerk's own unit and everything under it for agency and grassroots clerks. Worked out once per request.
 */
@RequestScoped
public class CallerSubtree implements org.huzhu.org.api.CallerScope {

    static final String WHOLE_TENANT = "/";

    @Inject
    TenantContext context;

    @Inject
    TenantEntityManager entityManager;

    private String pathPrefix;

    public String pathPrefix() {
        if (pathPrefix == null) {
            pathPrefix = resolve(context.requireCaller());
        }
        return pathPrefix;
    }

    public boolean isWholeTenant() {
        return WHOLE_TENANT.equals(pathPrefix());
    }

    @Override
    public boolean wholeTenant() {
        return isWholeTenant();
    }

    /** Whether a unit or member at this path is within what the caller may see. */
    @Override
    public boolean covers(String path) {
        return path.startsWith(pathPrefix());
    }

    /** The LIKE pattern of the caller's subtree, with the path's own characters escaped. */
    @Override
    public String likePattern() {
        return MemberDirectoryService.escapeLike(pathPrefix()) + "%";
    }

    private String resolve(Caller caller) {
        context.tenant();
        if (caller.seesWholeTenant()) {
            return WHOLE_TENANT;
        }
        if (!caller.has(Role.AGENCY_CLERK) && !caller.has(Role.GRASSROOTS_CLERK)) {
            throw new AccessDeniedException("the member registry is for office staff and clerks");
        }
        List<OrgUnit> own = entityManager.get()
                .createQuery("select u from OrgUnit u where u.code = :code", OrgUnit.class)
                .setParameter("code", caller.orgUnitCode())
                .getResultList();
        if (own.isEmpty()) {
            throw new AccessDeniedException("the caller's org unit is not in this tenant's org tree");
        }
        return own.get(0).path();
    }
}
