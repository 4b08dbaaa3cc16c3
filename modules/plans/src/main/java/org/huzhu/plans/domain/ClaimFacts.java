package org.huzhu.plans.domain;

import java.time.LocalDate;
import org.huzhu.kernel.money.Money;

/**
 * What happened, as far as a benefit needs to know: which benefit is claimed, when, and the facts its kind
 * uses (a disease from the catalogue, a disability grade or death, a hospital stay, a self-paid amount).
 * Facts a kind does not use are null.
 */
public record ClaimFacts(String benefitCode, LocalDate eventDate, String diseaseCode, Integer disabilityGrade,
                         boolean death, LocalDate admission, LocalDate discharge, Money selfPaid) {

    public static ClaimFacts disease(String benefit, LocalDate date, String disease) {
        return new ClaimFacts(benefit, date, disease, null, false, null, null, null);
    }

    public static ClaimFacts disability(String benefit, LocalDate date, int grade) {
        return new ClaimFacts(benefit, date, null, grade, false, null, null, null);
    }

    public static ClaimFacts deathOf(String benefit, LocalDate date) {
        return new ClaimFacts(benefit, date, null, null, true, null, null, null);
    }

    public static ClaimFacts stay(String benefit, LocalDate admission, LocalDate discharge) {
        return new ClaimFacts(benefit, admission, null, null, false, admission, discharge, null);
    }

    public static ClaimFacts selfPaid(String benefit, LocalDate date, Money selfPaid) {
        return new ClaimFacts(benefit, date, null, null, false, null, null, selfPaid);
    }
}
