package org.huzhu.campaigns.api.giveaway;

import java.util.List;

/** Giveaways of the current tenant: set up and followed by the office admin, grabbed by members. */
public interface Giveaways {

    GiveawayView create(GiveawaySettings settings);

    /** Changes a giveaway; once open, refuses what would break tickets members hold (409 with the figures). */
    GiveawayView update(long id, GiveawaySettings settings);

    List<GiveawayView> list();

    GiveawayView find(long id);

    GiveawayFigures figures(long id);

    /** Every city's giveaways that opened in the year with their figures, for headquarters. */
    java.util.List<CityGiveaways> headquarters(int year);

    /**
     * The signed-in member grabs a ticket. {@code idempotencyKey} names this attempt: any retry of it with the same
     * key answers what the first one got and never wins a second ticket.
     */
    GrabResult grab(long giveawayId, String idempotencyKey, String quizAnswer);

    /** The signed-in member confirms a held ticket before its hold lapses. */
    TicketView confirm(long giveawayId, String code);

    /** The signed-in member's tickets, newest first. */
    List<TicketView> myTickets();
}
