package org.huzhu.campaigns.api.giveaway;

/**
 * Per giveaway: the quota, tickets won (every ticket handed out, from the pool or the waitlist), confirmed, held
 * now, released (lapsed holds), waiting on the waitlist, and what is left in the pool.
 */
public record GiveawayFigures(long giveawayId, int quota, long won, long confirmed, long held, long released,
                              long waitlisted, int remaining) {
}
