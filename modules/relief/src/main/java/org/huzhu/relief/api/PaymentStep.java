package org.huzhu.relief.api;

import java.time.LocalDateTime;

/**
 * One payment step of a secondary-aid line, a condolence line or a relief fund grant, as the trail keeps it.
 *
 * @param payoutRunId the payout run the step happened on; null for a payment put back by hand
 * @param detail      the bank's reason for a refused payment, the day paid (ISO) for a paid one, else null
 * @param actor       who approved the run, imported the bank's result or put the payment back
 */
public record PaymentStep(Kind step, Long payoutRunId, String detail, String actor, LocalDateTime at) {

    /** The steps in the order a payment meets them; {@code RETRIED} leads back to a new {@code SCHEDULED}. */
    public enum Kind { SCHEDULED, PAID, PAYMENT_FAILED, RETRIED }

    /** What a step belongs to. */
    public enum Subject { AID_LINE, CONDOLENCE_LINE, RELIEF_APPLICATION }
}
