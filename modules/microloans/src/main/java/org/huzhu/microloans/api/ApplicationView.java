package org.huzhu.microloans.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An application as answered: amounts in fen, the subsidy account masked, each step's record, the documents
 * and the required documents still missing, and the steps the state allows now.
 */
public record ApplicationView(long id, String productCode, BorrowerKind borrowerKind, long memberId,
                              String enterpriseName, String creditCode, long amountFen, int months, String park,
                              String district, String accountMasked, String accountHolder, ApplicationStatus status,
                              String filedBy, LocalDateTime filedAt, LocalDate investigatedOn,
                              List<String> investigators, String findings, Recommendation recommendation,
                              String guarantor, String guaranteeNote, LocalDate guaranteeOn, String bank,
                              Long approvedAmountFen, Integer approvedMonths, BigDecimal approvedPercent,
                              String contractNo, LocalDate approvedOn, LocalDate disbursedOn, Long loanId,
                              String closedReason, List<DocumentView> documents,
                              List<LoanDocumentKind> missingDocuments, List<String> allowedSteps) {
}
