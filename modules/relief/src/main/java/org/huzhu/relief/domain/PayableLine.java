package org.huzhu.relief.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import org.huzhu.tenancy.api.TenantScopedEntity;

/**
 * A line of a list that the payout runs pay (a secondary aid run's, a condolence item's): computed within the
 * budget or cut, approved with its list, then its payment steps. Each step is conditional on the state it expects
 * and returns whether it changed the line, so a payout run retried after a crash (or a second run gathering at the
 * same time) takes and pays a line once; a payment the bank refused is put back once the card is mended.
 */
@MappedSuperclass
public abstract class PayableLine extends TenantScopedEntity {

    private static final int MAX_REASON = 200;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AidLineStatus status;
    @Column(name = "payout_run_id")
    private Long payoutRunId;
    @Column(name = "paid_on")
    private LocalDate paidOn;
    @Column(name = "fail_reason")
    private String failReason;

    protected PayableLine() {
    }

    protected PayableLine(boolean withinBudget) {
        this.status = withinBudget ? AidLineStatus.COMPUTED : AidLineStatus.CUT;
    }

    /** Computed within the budget -> approved with its list. */
    public boolean approve() {
        if (status != AidLineStatus.COMPUTED) {
            return false;
        }
        status = AidLineStatus.APPROVED;
        return true;
    }

    /** Approved and on no payout run -> scheduled on this one. */
    public boolean schedule(long payoutRun) {
        if (status != AidLineStatus.APPROVED || payoutRunId != null) {
            return false;
        }
        status = AidLineStatus.SCHEDULED;
        payoutRunId = payoutRun;
        return true;
    }

    /** Scheduled on this payout run -> paid on the day. */
    public boolean markPaid(long payoutRun, LocalDate on) {
        if (!scheduledOn(payoutRun)) {
            return false;
        }
        status = AidLineStatus.PAID;
        paidOn = on;
        return true;
    }

    /** Scheduled on this payout run -> failed with the bank's reason. */
    public boolean markFailed(long payoutRun, String reason) {
        if (!scheduledOn(payoutRun)) {
            return false;
        }
        status = AidLineStatus.PAYMENT_FAILED;
        failReason = reason == null ? null : reason.substring(0, Math.min(reason.length(), MAX_REASON));
        return true;
    }

    /** Payment failed -> approved again on no run, for the next payout run (the member's card mended). */
    public boolean retryPayment() {
        if (status != AidLineStatus.PAYMENT_FAILED) {
            return false;
        }
        status = AidLineStatus.APPROVED;
        payoutRunId = null;
        return true;
    }

    private boolean scheduledOn(long payoutRun) {
        return status == AidLineStatus.SCHEDULED && payoutRunId != null && payoutRunId == payoutRun;
    }

    public AidLineStatus status() { return status; }
    public Long payoutRunId() { return payoutRunId; }
    public LocalDate paidOn() { return paidOn; }
    public String failReason() { return failReason; }
}
