package org.huzhu.campaigns.api.event;

import org.huzhu.kernel.identity.Gender;

/**
 * Who may register for an event; each rule null lets everyone through (the default: any member of the office).
 *
 * @param orgUnitId only members of this unit's subtree
 * @param gender    only members of this gender
 * @param minAge    only members at least this old on the day they register
 */
public record EventEligibility(Long orgUnitId, Gender gender, Integer minAge) {

    public static final EventEligibility ANYONE = new EventEligibility(null, null, null);
}
