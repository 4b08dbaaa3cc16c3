package org.huzhu.microloans.api;

import java.time.LocalDate;
import java.util.List;

/** A loan's subsidy for one period with its working, line by line (outcome codes translated when shown). */
public record SubsidyView(long id, long loanId, String contractNo, String periodName, LocalDate periodFrom,
                          LocalDate periodTo, long amountFen, SubsidyStatus status, String computedBy,
                          String approvedBy, Long runId, LocalDate paidOn, String failureReason,
                          List<WorkingLine> working) {

    /** One instalment of the working. */
    public record WorkingLine(int instalment, LocalDate dueDate, long dueFen, long paidFen, LocalDate paidInFullOn,
                              long interestFen, long borrowerInterestFen, long subsidisedInterestFen,
                              long penaltyFen, String outcome, long subsidyFen) {
    }
}
