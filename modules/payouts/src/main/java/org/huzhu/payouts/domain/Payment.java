package org.huzhu.payouts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.huzhu.payouts.api.Payable;
import org.huzhu.payouts.api.PayableKind;
import org.huzhu.tenancy.api.TenantScopedEntity;

/**
 * One payable (a claim, an aid line, a grant, a subsidy, a campaign's cash) paid on one run. Written in bulk when
 * a chunk is gathered ({@link #COLUMNS}); a payable is in at most one payment that is not FAILED (unique key on
 * tenant, kind and the generated {@code live_source_id}).
 */
@Entity
@Table(name = "payout_payment")
public class Payment extends TenantScopedEntity {

    /** The bulk insert's columns, in the order of {@link #values}. */
    public static final List<String> COLUMNS = List.of("run_id", "payable_kind", "source_id", "member_id", "member_name",
            "amount_fen", "reference", "status", "version");

    @Column(name = "run_id", nullable = false)
    private long runId;
    @Enumerated(EnumType.STRING)
    @Column(name = "payable_kind", nullable = false)
    private PayableKind kind;
    @Column(name = "source_id", nullable = false)
    private long sourceId;
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

    /** The bulk insert's values of a payable gathered onto the run: the member's name is the payee's. */
    public static Object[] values(long runId, Payable payable) {
        return new Object[] {runId, payable.kind().name(), payable.sourceId(), payable.memberId(),
                payable.payeeName(), payable.amountFen(),
                PaymentReference.of(runId, payable.kind(), payable.sourceId()), PaymentStatus.PENDING.name(), 0L};
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
    public PayableKind kind() { return kind; }
    public long sourceId() { return sourceId; }
    public long memberId() { return memberId; }
    public String memberName() { return memberName; }
    public long amountFen() { return amountFen; }
    public String reference() { return reference; }
    public PaymentStatus status() { return status; }
    public String bankReference() { return bankReference; }
    public String failureReason() { return failureReason; }
    public LocalDate settledOn() { return settledOn; }
}
