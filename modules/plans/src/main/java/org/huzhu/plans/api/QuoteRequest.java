package org.huzhu.plans.api;

import java.util.List;

/**
 * A claim's facts for a quote. Dates are YYYY-MM-DD, amounts yuan as text ("1234.50"). The enrolment is
 * described by its units, term start and (when the fee was paid late) cover start; the version is the one in
 * force on the term start. Facts a benefit does not use may be left out.
 */
public record QuoteRequest(String benefitCode, String eventDate, Integer units, String termStart, String coverStart,
                           String diseaseCode, Integer disabilityGrade, Boolean death, String admission,
                           String discharge, String selfPaid, List<Prior> priorPayments) {

    /** A benefit already paid under the same enrolment. */
    public record Prior(String benefitCode, String eventDate, String amount) {
    }
}
