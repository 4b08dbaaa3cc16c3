package org.huzhu.enrolment.ui.rest;

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
import org.huzhu.enrolment.api.CoverView;
import org.huzhu.enrolment.api.MemberCover;
import org.huzhu.tenancy.api.Allowed;
import org.huzhu.tenancy.api.Role;

@Allowed({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK})
@Path("/v1/members/{memberId}/enrolments")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "enrolment")
public class MemberEnrolmentResource {

    @Inject
    MemberCover cover;

    @GET
    @Operation(summary = "A member's cover: plans, units, term, paid or not (404 outside the caller's subtree)")
    public List<CoverView> enrolments(@PathParam("memberId") long memberId) {
        return cover.enrolments(memberId).orElseThrow(() -> new NotFoundException("no member " + memberId));
    }
}
