package org.huzhu.claims.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.huzhu.claims.api.NewClaim;
import org.huzhu.kernel.money.Money;
import org.huzhu.tenancy.api.Refused;

/**
 * Reads a filed claim's fields: each mistake is refused naming the field and the rule, before anything is
 * stored. Which facts a benefit needs is the engine's business; here only their form.
 */
public final class ClaimForm {

    private static final java.util.regex.Pattern INVOICE = java.util.regex.Pattern.compile("[0-9A-Za-z-]{4,64}");

    /**
     * The most a single claim's self-paid amount may be: ¥10,000,000.00. Far above any real hospital bill a
     * mutual-aid plan meets, far below what the amount columns hold, so a typing slip or a probe
     * (999,999,999,999,999.99) is refused instead of stored and valued.
     */
    public static final long MAX_SELF_PAID_FEN = 1_000_000_000L;

    private ClaimForm() {
    }

    /**
     * The claim's dates and amount against what could have happened: nothing before the plan's first term began
     * (no one can have been covered then), nothing after today, no amount beyond {@link #MAX_SELF_PAID_FEN}.
     */
    public static void requirePlausible(ClaimFiling filing, LocalDate firstTermStart, LocalDate today) {
        if (filing.eventDate().isBefore(firstTermStart)) {
            throw Refused.badInput("eventDate", "claims.refused.beforeFirstTerm", filing.eventDate().toString(),
                    firstTermStart.toString());
        }
        // a stay may begin up to a year before the term (admitted before, the event inside it), never after today
        requireWithin(filing.admission(), "admission", firstTermStart.minusYears(1), today);
        requireWithin(filing.discharge(), "discharge", firstTermStart.minusYears(1), today);
        if (filing.selfPaidFen() != null && filing.selfPaidFen() > MAX_SELF_PAID_FEN) {
            throw Refused.badInput("selfPaid", "claims.refused.selfPaidMax",
                    Money.ofFen(MAX_SELF_PAID_FEN).toYuan().toPlainString());
        }
    }

    private static void requireWithin(LocalDate date, String field, LocalDate from, LocalDate to) {
        if (date != null && (date.isBefore(from) || date.isAfter(to))) {
            throw Refused.badInput(field, "claims.refused.dateRange", date.toString(), from.toString(), to.toString());
        }
    }

    /** Where the member sits, who files, and by which channel. */
    public record Filer(String memberName, String orgPath, Long agencyId, String channel, String sourceRef,
                        String filedBy) {
    }

    public static ClaimFiling read(NewClaim c, Filer f, LocalDate today) {
        String plan = required(c.planCode(), "planCode");
        String benefit = required(c.benefitCode(), "benefitCode");
        LocalDate event = date(c.eventDate(), "eventDate", true);
        if (event.isAfter(today)) {
            throw Refused.badInput("eventDate", "claims.refused.eventFuture", event.toString());
        }
        LocalDate admission = date(c.admission(), "admission", false);
        LocalDate discharge = date(c.discharge(), "discharge", false);
        if (admission != null && discharge != null && discharge.isBefore(admission)) {
            throw Refused.badInput("discharge", "claims.refused.dischargeEarly");
        }
        Long selfPaid = null;
        if (c.selfPaid() != null && !c.selfPaid().isBlank()) {
            Money amount = money(c.selfPaid(), "selfPaid");
            if (amount.isNegative()) {
                throw Refused.badInput("selfPaid", "claims.refused.negative");
            }
            selfPaid = amount.fen();
        }
        if (c.disabilityGrade() != null && (c.disabilityGrade() < 1 || c.disabilityGrade() > 10)) {
            throw Refused.badInput("disabilityGrade", "claims.refused.grade");
        }
        String invoice = c.invoiceNo() == null || c.invoiceNo().isBlank() ? null : c.invoiceNo().strip();
        if (invoice != null && !INVOICE.matcher(invoice).matches()) {
            throw Refused.badInput("invoiceNo", "claims.refused.invoiceNo");
        }
        return new ClaimFiling(c.memberId(), f.memberName(), f.orgPath(), f.agencyId(), plan, benefit, f.channel(),
                f.sourceRef(), event, blankToNull(c.diseaseCode()), c.disabilityGrade(),
                Boolean.TRUE.equals(c.death()), admission, discharge, selfPaid, invoice, f.filedBy());
    }

    static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw Refused.badInput(field, "claims.refused.required");
        }
        return text.strip();
    }

    static LocalDate date(String text, String field, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw Refused.badInput(field, "claims.refused.dateRequired");
            }
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw Refused.badInput(field, "claims.refused.notDate", text);
        }
    }

    static Money money(String text, String field) {
        try {
            return Money.ofYuan(text);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw Refused.badInput(field, "claims.refused.notAmount", text);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
