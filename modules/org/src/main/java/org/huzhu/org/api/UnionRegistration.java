package org.huzhu.org.api;

import java.time.LocalDateTime;

/** A grassroots union with its registration: what the reviewers see. Times are China time. */
public record UnionRegistration(long id, String code, String name, String creditCode, Integer headcount,
                                String clerkUsername, String parentCode, String parentName, boolean directEnrolment,
                                OrgUnitStatus status, String registeredBy, LocalDateTime registeredAt,
                                String approvedBy, LocalDateTime approvedAt, String rejectionReason) {
}
