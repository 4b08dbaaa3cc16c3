package org.huzhu.claims.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.huzhu.claims.api.NewClaim;
import org.huzhu.kernel.money.Money;

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
            throw new IllegalArgumentException("eventDate: " + filing.eventDate() + " is before the plan's first term ("
                    + firstTermStart + ") / 出险日期早于该计划最早的保障期");
        }
        // a stay may begin up to a year before the term (admitted before, the event inside it), never after today
        requireWithin(filing.admission(), "admission", firstTermStart.minusYears(1), today);
        requireWithin(filing.discharge(), "discharge", firstTermStart.minusYears(1), today);
        if (filing.selfPaidFen() != null && filing.selfPaidFen() > MAX_SELF_PAID_FEN) {
            throw new IllegalArgumentException("selfPaid: at most " + Money.ofFen(MAX_SELF_PAID_FEN).toYuan()
                    .toPlainString() + " / 自付金额超出上限");
        }
    }

    private static void requireWithin(LocalDate date, String field, LocalDate from, LocalDate to) {
        if (date != null && (date.isBefore(from) || date.isAfter(to))) {
            throw new IllegalArgumentException(field + ": " + date + " is outside " + from + ".." + to
                    + " / 日期超出可能范围");
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
            throw new IllegalArgumentException("eventDate: " + event + " is in the future / 出险日期不能晚于今天");
        }
        LocalDate admission = date(c.admission(), "admission", false);
        LocalDate discharge = date(c.discharge(), "discharge", false);
        if (admission != null && discharge != null && discharge.isBefore(admission)) {
            throw new IllegalArgumentException("discharge: is before admission / 出院日期早于入院日期");
        }
        Long selfPaid = null;
        if (c.selfPaid() != null && !c.selfPaid().isBlank()) {
            Money amount = money(c.selfPaid(), "selfPaid");
            if (amount.isNegative()) {
                throw new IllegalArgumentException("selfPaid: must not be negative / 自付金额不能为负");
            }
            selfPaid = amount.fen();
        }
        if (c.disabilityGrade() != null && (c.disabilityGrade() < 1 || c.disabilityGrade() > 10)) {
            throw new IllegalArgumentException("disabilityGrade: must be 1 to 10 / 伤残等级应为1至10级");
        }
        String invoice = c.invoiceNo() == null || c.invoiceNo().isBlank() ? null : c.invoiceNo().strip();
        if (invoice != null && !INVOICE.matcher(invoice).matches()) {
            throw new IllegalArgumentException("invoiceNo: 4-64 letters, digits or '-' / 发票号码格式不正确");
        }
        return new ClaimFiling(c.memberId(), f.memberName(), f.orgPath(), f.agencyId(), plan, benefit, f.channel(),
                f.sourceRef(), event, blankToNull(c.diseaseCode()), c.disabilityGrade(),
                Boolean.TRUE.equals(c.death()), admission, discharge, selfPaid, invoice, f.filedBy());
    }

    static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(field + ": is required / 必填");
        }
        return text.strip();
    }

    static LocalDate date(String text, String field, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw new IllegalArgumentException(field + ": is required (YYYY-MM-DD) / 必填");
            }
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": '" + text + "' is not a date YYYY-MM-DD / 日期格式不正确");
        }
    }

    static Money money(String text, String field) {
        try {
            return Money.ofYuan(text);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new IllegalArgumentException(field + ": '" + text + "' is not an amount in yuan / 金额格式不正确");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
