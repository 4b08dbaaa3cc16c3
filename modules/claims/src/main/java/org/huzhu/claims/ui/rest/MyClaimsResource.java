package org.huzhu.claims.ui.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.claims.api.ClaimView;
import org.huzhu.claims.api.Claims;
import org.huzhu.tenancy.api.Allowed;
import org.huzhu.tenancy.api.Role;

@Allowed(Role.MEMBER)
@Path("/v1/me/claims")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "claims")
public class MyClaimsResource {

    @Inject
    Claims claims;

    @GET
    @Operation(summary = "The signed-in member's own claims")
    public List<ClaimView> mine() {
        return claims.mine().orElseThrow(() -> new NotFoundException("this login is linked to no member"));
    }
}
