package org.huzhu.org.ui.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.org.api.MemberCards;
import org.huzhu.org.api.MemberDirectory;
import org.huzhu.org.api.MemberQuery;
import org.huzhu.org.api.MemberView;
import org.huzhu.tenancy.api.Allowed;
import org.huzhu.tenancy.api.Role;

@Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK})
@Path("/v1/members")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "members")
public class MemberResource {

    @Inject
    MemberDirectory members;

    @Inject
    MemberCards cards;

    @Inject
    org.huzhu.org.api.MemberJobFlags jobFlags;

    @GET
    @Operation(summary = "Members of the caller's tenant within the caller's org subtree, one page in id order",
            description = "q is a name prefix or a whole member card number")
    public MemberPage list(@QueryParam("q") String q, @QueryParam("offset") @Min(0) @DefaultValue("0") int offset,
                           @QueryParam("limit") @Min(1) @Max(1000) @DefaultValue("50") int limit) {
        return new MemberPage(offset, limit, members.search(new MemberQuery(q), offset, limit));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One member (404 when not in the caller's tenant and subtree)")
    public MemberView get(@PathParam("id") long id) {
        return members.find(id).orElseThrow(() -> new NotFoundException("no member " + id));
    }

    @PUT
    @Path("{id}/card")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mend a member's card number (e.g. after a failed payment); returns the member, card masked",
            description = "Body: {\"cardNo\": \"16 to 19 digits\"}. 400 names the field, 403 outside the caller's "
                    + "subtree, 404 no such member.")
    public Response changeCard(@PathParam("id") long id, CardChange change) {
        return Outcomes.of(() -> Response.ok(cards.changeCard(id, change == null ? null : change.cardNo())).build());
    }

    @PUT
    @Path("{id}/job-flags")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.OFFICE_ADMIN, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK})
    @Operation(summary = "Record a member's job flags (outdoor, high temperature, front line, gig worker, model worker)",
            description = "Body: {\"flags\": [\"OUTDOOR\", \"FRONT_LINE\"]}; the flags given replace the member's. "
                    + "Distribution campaigns select members by them. 404 outside the caller's subtree.")
    public JobFlagsChange changeJobFlags(@PathParam("id") long id, JobFlagsChange change) {
        return new JobFlagsChange(jobFlags.change(id, change == null ? null : change.flags()));
    }

    /** A member's job flags, all of them. */
    public record JobFlagsChange(java.util.Set<org.huzhu.org.api.JobFlag> flags) {
    }

    /** A new card number for a member. */
    public record CardChange(String cardNo) {
    }

    /** A page of members. */
    public record MemberPage(int offset, int limit, java.util.List<MemberView> items) {
    }
}
