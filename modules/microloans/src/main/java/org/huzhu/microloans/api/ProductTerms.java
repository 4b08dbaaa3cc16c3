package org.huzhu.microloans.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * A loan product as tenant.yaml {@code microloans.products} describes it and the REST answer shows it. The
 * borrower's rate is either {@code borrowerFixedPercent} or {@code referenceRate} less {@code marginBp}.
 * {@code subsidyMonths} null: the whole term is subsidised.
 */
public record ProductTerms(String code, String nameZh, String nameEn, BorrowerKind borrowerKind, long minAmountFen,
                           long maxAmountFen, int minMonths, int maxMonths, BigDecimal bankPercent,
                           BigDecimal borrowerFixedPercent, String referenceRate, Integer marginBp,
                           RepaymentMethod method, SubsidySettlement settlement, Integer subsidyMonths,
                           List<LoanDocumentKind> requiredDocuments, List<String> partnerBanks,
                           List<String> guarantors) {

    public ProductTerms {
        requiredDocuments = List.copyOf(requiredDocuments);
        partnerBanks = List.copyOf(partnerBanks);
        guarantors = List.copyOf(guarantors);
    }
}
