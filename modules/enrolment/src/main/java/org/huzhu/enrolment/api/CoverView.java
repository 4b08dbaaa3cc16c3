package org.huzhu.enrolment.api;

/** A member's enrolment in one plan for one term, as the member and the clerk see it. */
public record CoverView(long enrolmentId, String planCode, String planName, int planVersion, int units,
                        String fee, String termStart, String termEnd, boolean paid, String coverStart,
                        String unionCode) {
}
