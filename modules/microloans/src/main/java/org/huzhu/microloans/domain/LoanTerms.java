package org.huzhu.microloans.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.huzhu.microloans.api.RepaymentMethod;

/**
 * What the bank approved and paid: amount in fen, term in months, the bank's yearly rate in percent, the day the
 * money was paid out (instalment k falls due k months later) and the repayment method.
 *
 * <p>At least 1 yuan per month of term and at most 120 months: with equal principal rounded half-up to the fen,
 * the last instalment's principal (the remainder) could otherwise come out negative for absurdly small loans.
 */
public record LoanTerms(long amountFen, int months, BigDecimal bankPercent, LocalDate disbursedOn,
                        RepaymentMethod method) {

    public static final int MAX_MONTHS = 120;

    public LoanTerms {
        if (months < 1 || months > MAX_MONTHS) {
            throw new IllegalArgumentException("a term is 1 to " + MAX_MONTHS + " months");
        }
        if (amountFen < 100L * months) {
            throw new IllegalArgumentException("a loan is at least 1 yuan per month of its term");
        }
        if (bankPercent == null || bankPercent.signum() < 0 || bankPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("the bank's rate is 0 to 100 percent a year");
        }
        if (disbursedOn == null || method == null) {
            throw new IllegalArgumentException("disbursement day and repayment method are required");
        }
    }

    /** Instalment {@code k}'s due day (1-based): same day of month, the month's last day when it has none. */
    public LocalDate dueDate(int k) {
        return disbursedOn.plusMonths(k);
    }
}
