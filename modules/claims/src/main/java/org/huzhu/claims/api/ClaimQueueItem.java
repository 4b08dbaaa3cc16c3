package org.huzhu.claims.api;

/** A line of an officer's queue, sorted by due date; overdue lines are flagged. */
public record ClaimQueueItem(long id, String memberName, String planCode, String benefitCode, ClaimStatus status,
                             String reviewLevel, String amount, String filedOn, String dueDate, boolean overdue,
                             boolean escalated, String proposedBy) {
}
