package org.huzhu.microloans.domain;

import java.time.LocalDate;
import org.huzhu.tenancy.api.Refused;

/**
 * Money the bank received for one instalment on one day (from its repayment file or entered by hand). Penalty
 * interest (罚息) is recorded but never subsidised and never counts towards the instalment.
 */
public record InstalmentPayment(int instalment, LocalDate paidOn, long principalFen, long interestFen,
                                long penaltyFen) {

    public InstalmentPayment {
        if (instalment < 1 || paidOn == null || principalFen < 0 || interestFen < 0 || penaltyFen < 0
                || principalFen + interestFen + penaltyFen == 0) {
            throw new IllegalArgumentException("a payment names its instalment and a day, and pays something");
        }
    }

    /** A payment as a person enters it: a missing day or nothing paid is refused naming the field (400). */
    public static InstalmentPayment entered(int instalment, LocalDate paidOn, long principalFen, long interestFen,
                                            long penaltyFen) {
        if (paidOn == null) {
            throw Refusals.required("paidOn");
        }
        if (principalFen + interestFen + penaltyFen == 0) {
            throw Refused.badInput("principal", "microloans.refused.amount");
        }
        return new InstalmentPayment(instalment, paidOn, principalFen, interestFen, penaltyFen);
    }
}
