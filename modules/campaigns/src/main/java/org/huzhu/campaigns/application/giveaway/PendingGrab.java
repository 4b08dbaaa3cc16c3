package org.huzhu.campaigns.application.giveaway;

import org.huzhu.campaigns.domain.eligibility.MemberFacts;

/** A grab waiting for its batch: who asks and with which key. */
public record PendingGrab(MemberFacts member, String key) {
}
