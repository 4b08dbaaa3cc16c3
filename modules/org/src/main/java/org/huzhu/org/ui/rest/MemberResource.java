package org.huzhu.org.ui.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.org.api.MemberDirectory;
import org.huzhu.org.api.MemberQuery;
import org.huzhu.org.api.MemberView;

@Path("/v1/members")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "members")
public class MemberResource {

    @Inject
    MemberDirectory members;

    @GET
    @Operation(summary = "Members of the caller's tenant within the caller's org subtree, one page in id order",
            description = "q is a name prefix or a whole member card number")
    public MemberPage list(@QueryParam("q") String q, @QueryParam("offset") @DefaultValue("0") int offset,
                           @QueryParam("limit") @DefaultValue("50") int limit) {
        return new MemberPage(offset, limit, members.search(new MemberQuery(q), offset, limit));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One member (404 when not in the caller's tenant and subtree)")
    public MemberView get(@PathParam("id") long id) {
        return members.find(id).orElseThrow(() -> new NotFoundException("no member " + id));
    }

    /** A page of members. */
    public record MemberPage(int offset, int limit, java.util.List<MemberView> items) {
    }
}
