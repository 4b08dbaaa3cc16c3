package org.huzhu.campaigns.ui.rest.giveaway;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.campaigns.api.giveaway.GiveawayFigures;
import org.huzhu.campaigns.api.giveaway.GiveawaySettings;
import org.huzhu.campaigns.api.giveaway.GiveawayView;
import org.huzhu.campaigns.api.giveaway.Giveaways;
import org.huzhu.campaigns.api.giveaway.GrabResult;
import org.huzhu.campaigns.api.giveaway.TicketView;
import org.huzhu.tenancy.api.Allowed;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.Role;

@Path("/v1/giveaways")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "giveaways")
public class GiveawayResource {

    @Inject
    Giveaways giveaways;

    @Allowed(Role.OFFICE_ADMIN)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set up a giveaway (office admin): 201 with it",
            description = "Body: title, item (CINEMA_TICKET, FAMILY_TICKET, VOUCHER), quota, opensAt, closesAt "
                    + "(optional), perMemberLimit, orgUnitId / gender (MALE, FEMALE) / minAge (optional eligibility), "
                    + "quizQuestion and quizAnswer (optional, together), holdMinutes. Times in the server's local time "
                    + "(ISO, e.g. 2026-12-01T10:00:00). 400 names the field")
    public Response create(GiveawaySettings settings) {
        GiveawayView created = giveaways.create(required(settings));
        return Response.created(URI.create("/api/v1/giveaways/" + created.id())).entity(created).build();
    }

    @Allowed(Role.OFFICE_ADMIN)
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a giveaway (office admin, same body as creating). Once open: 409 naming the figures "
            + "for a quota below the tickets won, a limit below what a member holds; opening time, eligibility and "
            + "quiz fixed")
    public GiveawayView update(@PathParam("id") long id, GiveawaySettings settings) {
        return giveaways.update(id, required(settings));
    }

    @Allowed({Role.OFFICE_ADMIN, Role.MEMBER})
    @GET
    @Operation(summary = "The office's giveaways, latest opening first (the quiz answer is never shown)")
    public List<GiveawayView> list() {
        return giveaways.list();
    }

    @Allowed({Role.OFFICE_ADMIN, Role.MEMBER})
    @GET
    @Path("{id}")
    @Operation(summary = "One giveaway (404 when not in the caller's office)")
    public GiveawayView get(@PathParam("id") long id) {
        return giveaways.find(id);
    }

    @Allowed(Role.OFFICE_ADMIN)
    @GET
    @Path("{id}/figures")
    @Operation(summary = "Quota, won, confirmed, held, released, waitlisted and the pool left")
    public GiveawayFigures figures(@PathParam("id") long id) {
        return giveaways.figures(id);
    }

    @Allowed(Role.MEMBER)
    @POST
    @Path("{id}/grabs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The signed-in member grabs a ticket: 200 with the outcome (WON with the ticket and its code, "
            + "WAITLISTED, SOLD_OUT, NOT_ELIGIBLE with the rule, LIMIT_REACHED, QUIZ_WRONG, NOT_OPEN with the opening "
            + "time, CLOSED)",
            description = "Idempotency key in the header Idempotency-Key or the body's idempotencyKey (at most 64 "
                    + "characters, one per attempt): a retry or double click with the same key answers the ticket the "
                    + "first won and never wins a second. Body: {idempotencyKey, answer} (answer: the quiz's)")
    public GrabResult grab(@PathParam("id") long id, @HeaderParam("Idempotency-Key") String header, Grab grab) {
        String key = header != null && !header.isBlank() ? header : grab == null ? null : grab.idempotencyKey();
        return giveaways.grab(id, key, grab == null ? null : grab.answer());
    }

    @Allowed(Role.MEMBER)
    @POST
    @Path("{id}/tickets/{code}/confirmation")
    @Operation(summary = "The signed-in member confirms a held ticket (409 when its hold lapsed; again: the same answer)")
    public TicketView confirm(@PathParam("id") long id, @PathParam("code") String code) {
        return giveaways.confirm(id, code);
    }

    private static GiveawaySettings required(GiveawaySettings settings) {
        if (settings == null) {
            throw Refused.badInput("body", "campaigns.giveaway.refused.required");
        }
        return settings;
    }

    /** A grab's body. */
    public record Grab(String idempotencyKey, String answer) {
    }
}
