package org.huzhu.microloans.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One instalment with its split and its standing: principal and the bank's interest owed, the borrower's and the
 * subsidised interest, what was paid, when paid in full, overdue and by how many days (or how late it was paid).
 */
public record InstalmentView(int number, LocalDate periodStart, LocalDate dueDate, long principalFen,
                             long interestFen, long borrowerInterestFen, long subsidisedInterestFen,
                             long balanceAfterFen, BigDecimal borrowerPercent, long paidFen, long penaltyFen,
                             LocalDate paidInFullOn, boolean overdue, long daysOverdue) {
}
