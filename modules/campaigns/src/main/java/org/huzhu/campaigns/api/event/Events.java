package org.huzhu.campaigns.api.event;

import java.util.List;

/** Events of the current tenant: set up by the office, registered for by members, checked in by clerks. */
public interface Events {

    EventView create(EventSettings settings);

    /**
     * Events with an occurrence from today on (and the last 30 days), newest first; for a member each says whether
     * it is for them ({@link EventView#notForYou()}).
     */
    List<EventView> list();

    EventView find(long id);

    /**
     * New rules of who may register (office admin). Refused (409 with the figures) when they would shut out members
     * registered or waiting for a date to come: those registrations are cancelled first, never dropped quietly.
     */
    EventView changeEligibility(long id, EventEligibility rules);

    /** New title, place and description of an event (office admin); its dates and registrations stay. */
    EventView changeDetails(long id, EventDetails details);

    /**
     * A new capacity of one date (office admin): refused (409 with the figures) below the places already taken; the
     * places it adds go to the waiting in order, each told by SMS as when a place is cancelled.
     */
    OccurrenceView changeCapacity(long occurrenceId, int capacity);

    /**
     * The signed-in member registers for one date: REGISTERED while places are left, else WAITLISTED; refused (409,
     * naming the rule) when the event's rules of eligibility leave them out.
     */
    RegistrationView register(long occurrenceId);

    /** Cancels a registration (the member their own; the office any): the first waiting is promoted in order. */
    RegistrationView cancel(long occurrenceId, long registrationId);

    /** The registrations of one date, in order, with names (clerks and the office, for check-in). */
    List<RegistrationView> registrations(long occurrenceId);

    /** Checks a registered member in, by the code they show or from the list (by registration id). */
    RegistrationView checkIn(long occurrenceId, String code, Long registrationId);

    /** The signed-in member's registrations, newest first. */
    List<RegistrationView> mine();
}
