package org.huzhu.plans.application;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.huzhu.kernel.money.Money;
import org.huzhu.plans.api.QuoteRequest;
import org.huzhu.plans.domain.ClaimFacts;
import org.huzhu.plans.domain.PriorPayment;

/** Reads a quote request into the engine's terms; a missing or malformed field is named in the refusal. */
final class QuoteFacts {

    private QuoteFacts() {
    }

    static ClaimFacts facts(QuoteRequest r) {
        return new ClaimFacts(required(r.benefitCode(), "benefitCode"), date(r.eventDate(), "eventDate", true),
                blankToNull(r.diseaseCode()), r.disabilityGrade(), Boolean.TRUE.equals(r.death()),
                date(r.admission(), "admission", false), date(r.discharge(), "discharge", false),
                money(r.selfPaid(), "selfPaid"));
    }

    static List<PriorPayment> history(QuoteRequest r) {
        if (r.priorPayments() == null) {
            return List.of();
        }
        return r.priorPayments().stream().map(p -> new PriorPayment(required(p.benefitCode(), "priorPayments.benefitCode"),
                null, date(p.eventDate(), "priorPayments.eventDate", true), money(required(p.amount(),
                        "priorPayments.amount"), "priorPayments.amount"))).toList();
    }

    static LocalDate date(String text, String field, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw new IllegalArgumentException(field + ": is required (YYYY-MM-DD)");
            }
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": '" + text + "' is not a date YYYY-MM-DD");
        }
    }

    static Money money(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Money.ofYuan(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage());
        }
    }

    static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(field + ": is required");
        }
        return text.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
