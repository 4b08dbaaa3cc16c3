package org.huzhu.campaigns.api.giveaway;

import java.time.LocalDateTime;

/** A member's ticket with its code (shown at the cinema or the shop). */
public record TicketView(long giveawayId, String giveawayTitle, GiveawayItem item, String code, TicketStatus status,
                         LocalDateTime wonAt, LocalDateTime holdUntil, LocalDateTime confirmedAt) {
}
