package org.huzhu.org.api;

/**
 * Where a unit stands: a grassroots union's registration is PENDING until the city office or its agency office
 * approves it (ACTIVE) or turns it down (REJECTED). Only ACTIVE units take part in enrolment.
 */
public enum OrgUnitStatus {
    PENDING,
    ACTIVE,
    REJECTED
}
