package org.huzhu.campaigns.api.distribution;

/** A clerk's confirmation that a member received the hand-out; {@code reason} for a person the rules missed. */
public record Confirmation(long memberId, String trackingNo, String reason) {
}
