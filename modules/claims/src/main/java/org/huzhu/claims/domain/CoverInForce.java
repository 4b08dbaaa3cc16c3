package org.huzhu.claims.domain;

import java.time.LocalDate;

/** The member's enrolment in the plan whose term holds the event date; cover start is null until the fee is paid in full. */
public record CoverInForce(long enrolmentId, int planVersion, int units, LocalDate termStart, LocalDate termEnd,
                           LocalDate coverStart) {
}
