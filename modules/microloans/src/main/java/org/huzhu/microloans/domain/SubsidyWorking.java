package org.huzhu.microloans.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The subsidy a loan earns for one settlement period with its working: one line per instalment due in the
 * period (what it owed, what was paid and when, the bank's and the borrower's interest, the outcome), and the
 * total of the lines that pay. Penalty interest paid is shown and never subsidised.
 */
public record SubsidyWorking(SettlementPeriod period, List<Line> lines) {

    public record Line(int instalment, LocalDate dueDate, long dueFen, long paidFen, LocalDate paidInFullOn,
                       long interestFen, long borrowerInterestFen, long subsidisedInterestFen, long penaltyFen,
                       SubsidyOutcome outcome, long subsidyFen) {
    }

    public SubsidyWorking {
        lines = List.copyOf(lines);
    }

    public long subsidyFen() {
        return lines.stream().mapToLong(Line::subsidyFen).sum();
    }
}
