package org.huzhu.microloans.api;

/**
 * A loan application as filed: the product, the founder (a member), the enterprise with its unified social
 * credit code, amount in fen and term in months, the park and district, and the account the subsidy is paid to
 * (digits, stored encrypted) with its holder's name.
 */
public record NewApplication(String productCode, Long memberId, String enterpriseName, String creditCode,
                             long amountFen, int months, String park, String district, String account,
                             String accountHolder) {
}
