package org.huzhu.tenancy.api;

import java.util.Optional;
import java.util.Set;
import org.huzhu.kernel.tenant.TenantId;

/**
 * The authenticated user of a request, as the login token describes it.
 *
 * @param username    the login name
 * @param tenant      the city office the user belongs to; empty for headquarters
 * @param roles       the platform roles the user holds
 * @param orgUnitCode the org unit a clerk or member belongs to (their subtree bounds what they see); may be null
 */
public record Caller(String username, Optional<TenantId> tenant, Set<Role> roles, String orgUnitCode) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isHeadquarters() {
        return tenant.isEmpty() && has(Role.HQ_ANALYST);
    }

    /** Office-wide roles see the whole tenant; clerks and members only their org subtree. */
    public boolean seesWholeTenant() {
        return has(Role.OFFICE_ADMIN) || has(Role.CLAIMS_OFFICER);
    }
}
