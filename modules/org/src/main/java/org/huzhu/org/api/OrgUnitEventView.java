package org.huzhu.org.api;

import java.time.LocalDateTime;

/**
 * One line of a union's history: e.g. MOVED from {@code BJ-DC} to {@code BJ-HR}, CLERK_CHANGED from one
 * login to another, REJECTED with the reason in {@code toValue}. China time.
 */
public record OrgUnitEventView(long id, long orgUnitId, OrgUnitEventKind kind, String fromValue, String toValue,
                               String actor, LocalDateTime at) {
}
