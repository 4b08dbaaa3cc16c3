package org.huzhu.microloans.ui.rest;

import java.util.List;

/** The JSON bodies of the microloan operations: amounts as yuan text ("200000.00"), dates ISO, rates in percent. */
public final class Bodies {

    private Bodies() {
    }

    public record ApplicationBody(String productCode, Long memberId, String enterpriseName, String creditCode,
                                  String amount, Integer months, String park, String district, String account,
                                  String accountHolder) {
    }

    public record InvestigationBody(String on, List<String> investigators, String findings, String recommendation) {
    }

    public record GuaranteeBody(String guarantor, Boolean approved, String note, String on) {
    }

    public record BankApprovalBody(String bank, String amount, Integer months, String bankPercent, String contractNo,
                                   String on) {
    }

    public record DayBody(String on) {
    }

    public record ReasonBody(String reason) {
    }

    public record RepaymentBody(Integer instalment, String paidOn, String principal, String interest, String penalty,
                                String reference) {
    }

    public record RateBody(String name, String effectiveFrom, String percent) {
    }

    public record PeriodBody(String period) {
    }
}
