package org.huzhu.plans.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A document a claim under the plan must come with (e.g. the hospital invoice): code and name. */
public record ClaimDocument(String code, Text name) {

    public static final ClaimDocument INVOICE = new ClaimDocument("invoice", Text.of("医疗费用发票", "Medical invoice"));
    public static final ClaimDocument SETTLEMENT = new ClaimDocument("settlement",
            Text.of("医保结算单", "Medical-insurance settlement statement"));
    public static final ClaimDocument DISCHARGE = new ClaimDocument("discharge-summary", Text.of("出院小结", "Discharge summary"));
    public static final ClaimDocument DIAGNOSIS = new ClaimDocument("diagnosis", Text.of("诊断证明书", "Diagnosis certificate"));
    public static final ClaimDocument ACCIDENT = new ClaimDocument("accident-proof",
            Text.of("意外事故证明或伤残鉴定", "Accident report or disability assessment"));

    /** What the benefits' kinds usually need, when the plan file does not say. */
    static List<ClaimDocument> usualFor(List<PlanVersion> versions) {
        Set<ClaimDocument> documents = new LinkedHashSet<>();
        versions.stream().flatMap(v -> v.benefits().stream()).forEach(b -> {
            if (b instanceof ReimbursementBenefit) {
                documents.add(INVOICE);
                documents.add(SETTLEMENT);
            } else if (b instanceof DailyAllowanceBenefit) {
                documents.add(DISCHARGE);
            } else if (b instanceof FixedSumBenefit) {
                documents.add(DIAGNOSIS);
            } else if (b instanceof AccidentTierBenefit) {
                documents.add(ACCIDENT);
            }
        });
        return List.copyOf(documents);
    }
}
