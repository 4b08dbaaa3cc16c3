package org.huzhu.enrolment.ui.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.enrolment.api.EnrolmentFigures;
import org.huzhu.tenancy.api.Allowed;
import org.huzhu.tenancy.api.Role;

@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "enrolment")
public class EnrolmentFiguresResource {

    @Inject
    EnrolmentFigures figures;

    @Allowed(Role.OFFICE_ADMIN)
    @GET
    @Path("enrolment-figures")
    @Operation(summary = "Person-enrolments per plan and per agency office, terms starting in year vs the year before")
    public EnrolmentFigures.Figures office(@QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return figures.office(year == null ? LocalDate.now().getYear() : year);
    }

    @Allowed(Role.HQ_ANALYST)
    @GET
    @Path("hq/enrolment-figures")
    @Operation(summary = "Headquarters: person-enrolments per city office and plan, year vs the year before")
    public List<EnrolmentFigures.TenantFigures> headquarters(@QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return figures.headquarters(year == null ? LocalDate.now().getYear() : year);
    }
}
