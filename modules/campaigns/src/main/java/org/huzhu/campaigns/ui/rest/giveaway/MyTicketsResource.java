package org.huzhu.campaigns.ui.rest.giveaway;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.campaigns.api.giveaway.Giveaways;
import org.huzhu.campaigns.api.giveaway.TicketView;
import org.huzhu.tenancy.api.Allowed;
import org.huzhu.tenancy.api.Role;

@Allowed(Role.MEMBER)
@Path("/v1/me/giveaway-tickets")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "giveaways")
public class MyTicketsResource {

    @Inject
    Giveaways giveaways;

    @GET
    @Operation(summary = "The signed-in member's giveaway tickets with their codes, newest first")
    public List<TicketView> mine() {
        return giveaways.myTickets();
    }
}
