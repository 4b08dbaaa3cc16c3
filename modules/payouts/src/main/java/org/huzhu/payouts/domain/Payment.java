package org.huzhu.payouts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.huzhu.tenancy.api.TenantScopedEntity;

/**
 * One claim paid on one run. Written in bulk when a chunk is gathered ({@link #COLUMNS}); a claim is in at
 * most one payment that is not FAILED (unique key on the generated {@code live_claim_id}).
 */
@Entity
@Table(name = "payout_payment")
public class Payment extends TenantScopedEntity {

    /** The bulk insert's columns, in the order of {@link #values}. */
    public static final List<String> COLUMNS = List.of("run_id", "claim_id", "member_id", "member_name",
            "amount_fen", "reference", "status", "version");

    @Column(name = "run_id", nullable = false)
    private long runId;
    @Column(name = "claim_id", nullable = false)
    private long claimId;
    @Column(name = "member_id", nullable = false)
    private long memberId;
    @Column(name = "member_name", nullable = false)
    private String memberName;
    @Column(name = "amount_fen", nullable = false)
    private long amountFen;
    @Column(nullable = false)
    private String reference;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PaymentStatus status;
    @Column(name = "bank_reference")
    private String bankReference;
    @Column(name = "failure_reason")
    private String failureReason;
    @Column(name = "settled_on")
    private LocalDate settledOn;

    protected Payment() {
    }

    public static Object[] values(long runId, long claimId, long memberId, String memberName, long amountFen) {
        return new Object[] {runId, claimId, memberId, memberName, amountFen, PaymentReference.of(runId, claimId),
                PaymentStatus.PENDING.name(), 0L};
    }

    public void paid(String bankRef, LocalDate on) {
        status = PaymentStatus.PAID;
        bankReference = bankRef;
        settledOn = on;
    }

    public void failed(String bankRef, String reason, LocalDate on) {
        status = PaymentStatus.FAILED;
        bankReference = bankRef;
        failureReason = reason;
        settledOn = on;
    }

    public long runId() { return runId; }
    public long claimId() { return claimId; }
    public long memberId() { return memberId; }
    public String memberName() { return memberName; }
    public long amountFen() { return amountFen; }
    public String reference() { return reference; }
    public PaymentStatus status() { return status; }
    public String bankReference() { return bankReference; }
    public String failureReason() { return failureReason; }
    public LocalDate settledOn() { return settledOn; }
}
