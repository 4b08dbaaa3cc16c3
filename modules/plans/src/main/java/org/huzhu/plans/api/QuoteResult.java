package org.huzhu.plans.api;

import java.util.List;

/** The payable amount and every step that led to it, in Chinese and English. {@code reason} is set when refused. */
public record QuoteResult(String planCode, int versionNumber, String payable, String reason, List<StepView> steps) {

    /** One line of the explanation. */
    public record StepView(String rule, String zh, String en, String before, String after) {
    }
}
