package org.huzhu.microloans.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One instalment of a schedule, in fen: the principal and the bank's interest are what the borrower owes the
 * bank; the interest is split into the borrower's own share and the subsidised share ({@code borrowerInterest +
 * subsidisedInterest == interest}). {@code periodStart} is the day the period's interest starts to run.
 */
public record Instalment(int number, LocalDate periodStart, LocalDate dueDate, long principalFen, long interestFen,
                         long borrowerInterestFen, long subsidisedInterestFen, long balanceAfterFen,
                         BigDecimal borrowerPercent) {

    /** What falls due to the bank. */
    public long dueFen() {
        return principalFen + interestFen;
    }
}
