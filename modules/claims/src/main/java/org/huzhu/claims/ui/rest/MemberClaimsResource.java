package org.huzhu.claims.ui.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.claims.api.ClaimView;
import org.huzhu.claims.api.Claims;
import org.huzhu.tenancy.api.Allowed;
import org.huzhu.tenancy.api.Role;

@Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK})
@Path("/v1/members/{memberId}/claims")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "claims")
public class MemberClaimsResource {

    @Inject
    Claims claims;

    @GET
    @Operation(summary = "A member's claims, newest first, with status, amount, explanation and payment")
    public List<ClaimView> ofMember(@PathParam("memberId") long memberId) {
        return claims.ofMember(memberId).orElseThrow(() -> new NotFoundException("no member " + memberId));
    }
}
