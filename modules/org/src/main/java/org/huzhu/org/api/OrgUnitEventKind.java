package org.huzhu.org.api;

/** What can happen to a grassroots union, as its history records it. */
public enum OrgUnitEventKind {
    REGISTERED,
    APPROVED,
    REJECTED,
    CLERK_CHANGED,
    MOVED
}
