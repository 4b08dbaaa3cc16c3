package org.huzhu.campaigns.ui.rest.giveaway;

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
import org.huzhu.campaigns.api.giveaway.CityGiveaways;
import org.huzhu.campaigns.api.giveaway.Giveaways;
import org.huzhu.tenancy.api.Allowed;
import org.huzhu.tenancy.api.Role;

/** Headquarters compares the cities' giveaways: each one's quota, won, confirmed, held, released, waitlisted. */
@Path("/v1/hq/giveaway-figures")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "giveaways")
public class GiveawayHeadquartersResource {

    @Inject
    Giveaways giveaways;

    @Allowed(Role.HQ_ANALYST)
    @GET
    @Operation(summary = "Headquarters: each city's giveaways that opened in the year, with their figures; year "
            + "defaults to this year")
    public List<CityGiveaways> cities(@QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return giveaways.headquarters(year == null ? LocalDate.now().getYear() : year);
    }
}
