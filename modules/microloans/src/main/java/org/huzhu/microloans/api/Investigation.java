package org.huzhu.microloans.api;

import java.time.LocalDate;
import java.util.List;

/** A field investigation (下户调查): when, by whom, what they found and what they recommend. */
public record Investigation(LocalDate on, List<String> investigators, String findings, Recommendation recommendation) {
    public Investigation {
        investigators = investigators == null ? List.of() : List.copyOf(investigators);
    }
}
