package org.huzhu.microloans.ui.rest;

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
import org.huzhu.microloans.api.CityLoanFigures;
import org.huzhu.microloans.application.DashboardService;
import org.huzhu.tenancy.api.Allowed;
import org.huzhu.tenancy.api.Role;

/** Headquarters compares the cities' microloans: each city's stage figures, places and subsidy, read-only. */
@Path("/v1/hq/loan-figures")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "microloans")
public class HeadquartersLoanResource {

    @Inject
    DashboardService dashboard;

    @Allowed(Role.HQ_ANALYST)
    @GET
    @Operation(summary = "Headquarters: each city's applications per stage this year against last (counts and "
            + "amounts), per district and park, subsidy paid and committed; year defaults to this year")
    public List<CityLoanFigures> cities(@QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return dashboard.headquarters(year == null ? LocalDate.now().getYear() : year);
    }
}
