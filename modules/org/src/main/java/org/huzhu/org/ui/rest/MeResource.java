package org.huzhu.org.ui.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.tenancy.api.Allowed;
import org.huzhu.tenancy.api.Caller;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.TenantContext;

@Allowed({Role.HQ_ANALYST, Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK, Role.MEMBER})
@Path("/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "me")
public class MeResource {

    @Inject
    TenantContext context;

    @GET
    @Operation(summary = "Who the caller is: tenant (null for headquarters), org unit code and roles")
    public Me me() {
        Caller caller = context.requireCaller();
        return new Me(caller.username(), caller.tenant().map(t -> t.value()).orElse(null), caller.orgUnitCode(),
                caller.roles().stream().map(Role::roleName).sorted().toList(), caller.isHeadquarters());
    }

    /** The caller as the API shows it. */
    public record Me(String username, String tenant, String orgUnit, List<String> roles, boolean headquarters) {
    }
}
