package org.huzhu.campaigns.ui.rest.event;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.huzhu.campaigns.api.event.EventDetails;
import org.huzhu.campaigns.api.event.EventEligibility;
import org.huzhu.campaigns.api.event.EventSettings;
import org.huzhu.campaigns.api.event.EventView;
import org.huzhu.campaigns.api.event.Events;
import org.huzhu.campaigns.api.event.OccurrenceView;
import org.huzhu.campaigns.api.event.RegistrationView;
import org.huzhu.tenancy.api.Allowed;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.Role;

@Path("/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "events")
public class EventResource {

    @Inject
    Events events;

    @Allowed(Role.OFFICE_ADMIN)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set up an event (office admin): 201 with its dates, each with the capacity",
            description = "Body: title, kind (LECTURE, SPORTS, HEALTH_CHECK, TRAINING), place, capacity, startsAt, "
                    + "endsAt (HH:mm), recurrence: {dates: [...]} or {ordinal: 3, dayOfWeek: THURSDAY, fromMonth: 4, "
                    + "toMonth: 11, year: 2027} (ordinal -1: the last); who may register (each optional, none: any "
                    + "member of the office): orgUnitId (that unit's subtree), gender (MALE, FEMALE), minAge; "
                    + "description (optional, at most 2,000 characters)")
    public Response create(EventSettings settings) {
        if (settings == null) {
            throw Refused.badInput("body", "campaigns.event.refused.required");
        }
        EventView created = events.create(settings);
        return Response.created(URI.create("/api/v1/events/" + created.id())).entity(created).build();
    }

    @Allowed({Role.OFFICE_ADMIN, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK, Role.MEMBER})
    @GET
    @Operation(summary = "Events with a date from 30 days ago on, with their dates, places taken and waiting, and who "
            + "may register; for a member notForYou names the rule they fail (ORG_UNIT, GENDER, AGE), null when open to them")
    public List<EventView> list() {
        return events.list();
    }

    @Allowed({Role.OFFICE_ADMIN, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK, Role.MEMBER})
    @GET
    @Path("{id}")
    @Operation(summary = "One event with its dates (404 when not in the caller's office)")
    public EventView get(@PathParam("id") long id) {
        return events.find(id);
    }

    @Allowed(Role.OFFICE_ADMIN)
    @PUT
    @Path("{id}/eligibility")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "New rules of who may register (office admin): {orgUnitId, gender, minAge}, each null for "
            + "anyone; 409 campaigns.event.refused.shutsOut with the figures when they would shut out members registered "
            + "or waiting for a date to come (cancel those first)")
    public EventView changeEligibility(@PathParam("id") long id, EventEligibility rules) {
        if (rules == null) {
            throw Refused.badInput("body", "campaigns.event.refused.required");
        }
        return events.changeEligibility(id, rules);
    }

    @Allowed(Role.OFFICE_ADMIN)
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an event's title, place and description (office admin): {title, place, description}; "
            + "title and place required (at most 200 characters), description optional (at most 2,000); kind, times and "
            + "dates stay as set up. 400 names the field")
    public EventView changeDetails(@PathParam("id") long id, EventDetails details) {
        if (details == null) {
            throw Refused.badInput("body", "campaigns.event.refused.required");
        }
        return events.changeDetails(id, details);
    }

    @Allowed(Role.OFFICE_ADMIN)
    @PUT
    @Path("occurrences/{occurrenceId}/capacity")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A new capacity of one date (office admin): {capacity}, 1 to 100,000; 409 "
            + "campaigns.event.refused.capacityBelowTaken (field capacity) with the capacity asked and the places taken "
            + "when below them; the places added go to the waiting in order, each told by SMS; 409 for a past date")
    public OccurrenceView changeCapacity(@PathParam("occurrenceId") long occurrenceId, Capacity capacity) {
        if (capacity == null || capacity.capacity() == null) {
            throw Refused.badInput("capacity", "campaigns.event.refused.required");
        }
        return events.changeCapacity(occurrenceId, capacity.capacity());
    }

    @Allowed(Role.MEMBER)
    @POST
    @Path("occurrences/{occurrenceId}/registrations")
    @Operation(summary = "The signed-in member registers for one date: REGISTERED with a code while places are left, "
            + "else WAITLISTED (moved up in order when someone cancels); again: the same registration; 409 "
            + "campaigns.event.refused.notEligible.ORG_UNIT / .GENDER / .AGE when the event's rules leave the member out")
    public RegistrationView register(@PathParam("occurrenceId") long occurrenceId) {
        return events.register(occurrenceId);
    }

    @Allowed({Role.OFFICE_ADMIN, Role.MEMBER})
    @POST
    @Path("occurrences/{occurrenceId}/registrations/{registrationId}/cancellation")
    @Operation(summary = "Cancel a registration (a member their own, the office admin any): the first waiting moves up "
            + "and is told by SMS")
    public RegistrationView cancel(@PathParam("occurrenceId") long occurrenceId,
                                   @PathParam("registrationId") long registrationId) {
        return events.cancel(occurrenceId, registrationId);
    }

    @Allowed({Role.OFFICE_ADMIN, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK})
    @GET
    @Path("occurrences/{occurrenceId}/registrations")
    @Operation(summary = "The registrations of one date in order (names of members in the caller's subtree)")
    public List<RegistrationView> registrations(@PathParam("occurrenceId") long occurrenceId) {
        return events.registrations(occurrenceId);
    }

    @Allowed({Role.OFFICE_ADMIN, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK})
    @POST
    @Path("occurrences/{occurrenceId}/check-ins")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check a member in on the day, by the code they show ({code}) or from the list "
            + "({registrationId}); 409 on another day or for a registration not holding a place")
    public RegistrationView checkIn(@PathParam("occurrenceId") long occurrenceId, CheckIn checkIn) {
        if (checkIn == null) {
            throw Refused.badInput("code", "campaigns.event.refused.required");
        }
        return events.checkIn(occurrenceId, checkIn.code(), checkIn.registrationId());
    }

    /** A date's new capacity (null when left out: refused as required). */
    public record Capacity(Integer capacity) {
    }

    /** A check-in: the code shown, or the registration picked from the list. */
    public record CheckIn(String code, Long registrationId) {
    }
}
