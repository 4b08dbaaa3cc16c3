package org.huzhu.enrolment.ui.rest;

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
import org.huzhu.enrolment.api.CoverView;
import org.huzhu.enrolment.api.MemberCover;
import org.huzhu.tenancy.api.Allowed;
import org.huzhu.tenancy.api.Role;

@Allowed(Role.MEMBER)
@Path("/v1/me/enrolments")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "enrolment")
public class MyCoverResource {

    @Inject
    MemberCover cover;

    @GET
    @Operation(summary = "The signed-in member's own cover (member logins; 404 when the login has no member record)")
    public List<CoverView> mine() {
        return cover.mine().orElseThrow(() -> new NotFoundException("this login is not linked to a member record"));
    }
}
