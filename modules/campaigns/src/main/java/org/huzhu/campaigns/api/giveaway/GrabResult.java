package org.huzhu.campaigns.api.giveaway;

import java.time.LocalDateTime;

/**
 * The answer to a grab: the outcome, the ticket when won, the opening time when not open yet, the reason code when
 * not eligible (ORG_UNIT, GENDER, AGE).
 */
public record GrabResult(GrabOutcome outcome, TicketView ticket, LocalDateTime opensAt, String reason) {

    public static GrabResult of(GrabOutcome outcome) {
        return new GrabResult(outcome, null, null, null);
    }

    public static GrabResult won(TicketView ticket) {
        return new GrabResult(GrabOutcome.WON, ticket, null, null);
    }
}
