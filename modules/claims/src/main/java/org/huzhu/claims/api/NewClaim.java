package org.huzhu.claims.api;

/**
 * A claim as a clerk or a member files it. Dates are YYYY-MM-DD, amounts yuan as text ("1234.50"); facts the
 * benefit does not use may be left out. The enrolment is not named: it is the member's enrolment in the plan
 * in force on the event date.
 */
public record NewClaim(long memberId, String planCode, String benefitCode, String eventDate, String diseaseCode,
                       Integer disabilityGrade, Boolean death, String admission, String discharge, String selfPaid,
                       String invoiceNo) {
}
