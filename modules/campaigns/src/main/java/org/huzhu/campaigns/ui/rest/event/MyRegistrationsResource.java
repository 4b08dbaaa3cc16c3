package org.huzhu.campaigns.ui.rest.event;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.campaigns.api.event.Events;
import org.huzhu.campaigns.api.event.RegistrationView;
import org.huzhu.tenancy.api.Allowed;
import org.huzhu.tenancy.api.Role;

@Allowed(Role.MEMBER)
@Path("/v1/me/event-registrations")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "events")
public class MyRegistrationsResource {

    @Inject
    Events events;

    @GET
    @Operation(summary = "The signed-in member's event registrations with their codes, newest first")
    public List<RegistrationView> mine() {
        return events.mine();
    }
}
