package org.huzhu.microloans.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A loan with its schedule and standing as of today; overdue instalments counted. */
public record LoanView(long id, long applicationId, long memberId, String productCode, String contractNo,
                       String borrowerName, long amountFen, int months, BigDecimal bankPercent,
                       RepaymentMethod method, SubsidySettlement settlement, LocalDate disbursedOn,
                       LocalDate extendedOn, LocalDate stoppedOn, String accountMasked, LoanStatus status,
                       long totalInterestFen, long totalSubsidisedFen, int overdueInstalments,
                       List<InstalmentView> schedule) {
}
