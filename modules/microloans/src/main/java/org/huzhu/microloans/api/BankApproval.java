package org.huzhu.microloans.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The bank's approval: amount in fen, term in months, its yearly rate in percent, the contract number. */
public record BankApproval(String bank, long amountFen, int months, BigDecimal bankPercent, String contractNo,
                           LocalDate on) {
}
