package org.huzhu.relief.ui.rest;

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
import org.huzhu.relief.api.ReliefFigures;
import org.huzhu.relief.application.ReliefFiguresService;
import org.huzhu.tenancy.api.Allowed;
import org.huzhu.tenancy.api.Role;

/** Relief in figures: the office's year, and headquarters' comparison of the cities. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "relief")
public class ReliefFiguresResource {

    @Inject
    ReliefFiguresService figures;

    @Allowed(Role.OFFICE_ADMIN)
    @GET
    @Path("relief-figures")
    @Operation(summary = "The office's relief of a year against the year before: person-times and amounts per "
            + "category, item and agency office (an aid counts when its list is approved or the committee grants it), "
            + "the fund's balance at each month's end, households out of hardship; year defaults to this year")
    public ReliefFigures office(@QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return figures.figures(year == null ? LocalDate.now().getYear() : year);
    }

    @Allowed(Role.HQ_ANALYST)
    @GET
    @Path("hq/relief-figures")
    @Operation(summary = "Headquarters: each city's relief figures of a year (without agency offices)")
    public List<ReliefFigures.City> cities(@QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return figures.headquarters(year == null ? LocalDate.now().getYear() : year);
    }
}
