package org.huzhu.campaigns.api.giveaway;

/** What a giveaway hands out. */
public enum GiveawayItem {
    CINEMA_TICKET,
    FAMILY_TICKET,
    VOUCHER
}
