package org.huzhu.microloans.api;

import java.time.LocalDate;

/** The guarantor's decision (担保), as the office records it from the guarantor's letter. */
public record GuaranteeDecision(String guarantor, boolean approved, String note, LocalDate on) {
}
