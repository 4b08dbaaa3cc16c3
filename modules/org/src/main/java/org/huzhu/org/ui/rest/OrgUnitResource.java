package org.huzhu.org.ui.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.org.api.OrgTree;
import org.huzhu.org.api.OrgUnitView;
import org.huzhu.org.api.UnionRegistry;
import org.huzhu.tenancy.api.Allowed;
import org.huzhu.tenancy.api.Role;

@Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK})
@Path("/v1/org-units")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "org units")
public class OrgUnitResource {

    @Inject
    OrgTree tree;

    @Inject
    UnionRegistry registry;

    @GET
    @Operation(summary = "The org tree within the caller's subtree, parents before children")
    public List<OrgUnitView> list() {
        return tree.visibleUnits();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One org unit (404 when not in the caller's tenant and subtree)")
    public OrgUnitView get(@PathParam("id") long id) {
        return tree.find(id).orElseThrow(() -> new NotFoundException("no org unit " + id));
    }

    @Allowed({Role.OFFICE_ADMIN, Role.AGENCY_CLERK})
    @PUT
    @Path("{id}/clerk")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a grassroots union's clerk (body: {\"clerkUsername\": \"...\"}); the office admin "
            + "or the agency clerk of its agency office")
    public Response changeClerk(@PathParam("id") long id, ClerkChange change) {
        return Outcomes.of(() -> Response.ok(registry.changeClerk(id, change == null ? null : change.clerkUsername()))
                .build());
    }

    @Allowed(Role.OFFICE_ADMIN)
    @POST
    @Path("{id}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a grassroots union under another agency office, or to direct enrolment under the city "
            + "office (body: {\"newParentCode\": \"BJ-HR\"}); office admin only. Its members follow; id, code and "
            + "history stay")
    public Response move(@PathParam("id") long id, Move move) {
        return Outcomes.of(() -> Response.ok(registry.move(id, move == null ? null : move.newParentCode())).build());
    }

    @Allowed({Role.OFFICE_ADMIN, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK}) // a clerk follows their own registration
    @GET
    @Path("{id}/history")
    @Operation(summary = "A grassroots union's history, oldest first: registered, approved or rejected, clerk changes, "
            + "moves (404 when not the caller's to see)")
    public Response history(@PathParam("id") long id) {
        return Outcomes.of(() -> Response.ok(registry.history(id)).build());
    }

    /** The new clerk's login. */
    public record ClerkChange(String clerkUsername) {
    }

    /** Where the union goes: an agency office's code, or the city office's for direct enrolment. */
    public record Move(String newParentCode) {
    }
}
