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
import org.huzhu.org.api.HeadquartersFigures;
import org.huzhu.tenancy.api.Allowed;
import org.huzhu.tenancy.api.Role;

@Allowed(Role.HQ_ANALYST)
@Path("/v1/hq/tenants")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "headquarters")
public class HeadquartersResource {

    @Inject
    HeadquartersFigures figures;

    @GET
    @Operation(summary = "Members and org units per tenant (headquarters only, 403 for everyone else)")
    public List<TenantLine> tenants() {
        return figures.perTenant().stream()
                .map(f -> new TenantLine(f.tenant().id().value(), f.tenant().nameZh(), f.tenant().nameEn(),
                        f.members(), f.grassrootsUnions(), f.agencyOffices()))
                .toList();
    }

    /** One tenant's line of the overview. */
    public record TenantLine(String tenant, String nameZh, String nameEn, long members, long grassrootsUnions,
                             long agencyOffices) {
    }
}
