package org.huzhu.org.ui.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.org.api.OrgUnitStatus;
import org.huzhu.org.api.UnionApplication;
import org.huzhu.org.api.UnionRegistration;
import org.huzhu.org.api.UnionRegistry;
import org.huzhu.tenancy.api.Allowed;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.Refused;

@Allowed({Role.OFFICE_ADMIN, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK})
@Path("/v1/union-registrations")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "union registrations")
public class UnionRegistrationResource {

    @Inject
    UnionRegistry registry;

    @Allowed({Role.OFFICE_ADMIN, Role.GRASSROOTS_CLERK})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A grassroots union registers (grassroots clerks and the office admin): 201 with the pending "
            + "registration and its new code",
            description = "Body: name, creditCode (GB 32100), headcount, clerkUsername, parentCode (an agency office) "
                    + "or direct: true for direct enrolment with the city office. 400 names the field and the rule, "
                    + "e.g. a credit code already registered in this office")
    public Response register(UnionApplication application) {
        return Outcomes.of(() -> {
            UnionRegistration registered = registry.register(application);
            return Response.created(URI.create("/api/v1/union-registrations/" + registered.id())).entity(registered)
                    .build();
        });
    }

    @GET
    @Operation(summary = "Registrations with this status (PENDING by default) the caller reviews: the office admin "
            + "the whole office, an agency clerk their agency office; a grassroots clerk sees their own")
    public Response list(@QueryParam("status") @DefaultValue("PENDING") String status) {
        return Outcomes.of(() -> Response.ok(registry.registrations(status(status))).build());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One registration (404 when not in the caller's tenant or not the caller's to see)")
    public Response get(@PathParam("id") long id) {
        return Outcomes.of(() -> Response.ok(registry.find(id)).build());
    }

    @Allowed({Role.OFFICE_ADMIN, Role.AGENCY_CLERK})
    @POST
    @Path("{id}/approval")
    @Operation(summary = "Approve a pending registration: the union becomes active (office admin, or the agency "
            + "clerk of its agency office; 403 for others, 404 when not visible, 400 when not pending)")
    public Response approve(@PathParam("id") long id) {
        return Outcomes.of(() -> Response.ok(registry.approve(id)).build());
    }

    @Allowed({Role.OFFICE_ADMIN, Role.AGENCY_CLERK})
    @POST
    @Path("{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject a pending registration with a reason (body: {\"reason\": \"...\"}); same rights as "
            + "approval")
    public Response reject(@PathParam("id") long id, Rejection rejection) {
        return Outcomes.of(() -> Response.ok(registry.reject(id, rejection == null ? null : rejection.reason()))
                .build());
    }

    private static OrgUnitStatus status(String text) {
        try {
            return OrgUnitStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refused.badInput("status", "org.refused.statusFilter");
        }
    }

    /** Why a registration is turned down. */
    public record Rejection(String reason) {
    }
}
