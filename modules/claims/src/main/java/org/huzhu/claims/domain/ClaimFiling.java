package org.huzhu.claims.domain;

import java.time.LocalDate;

/** A claim's facts as filed, checked for form, with the member's place in the org tree at filing. */
public record ClaimFiling(long memberId, String memberName, String orgPath, Long agencyId, String planCode,
                          String benefitCode, String channel, String sourceRef, LocalDate eventDate,
                          String diseaseCode, Integer disabilityGrade, boolean death, LocalDate admission,
                          LocalDate discharge, Long selfPaidFen, String invoiceNo, String filedBy) {
}
