package org.huzhu.enrolment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.huzhu.tenancy.api.TenantScopedEntity;

/** A payment the office recorded against an import's fee statement; several make up a payment in part. */
@Entity
@Table(name = "enrolment_payment")
public class EnrolmentPayment extends TenantScopedEntity {

    @Column(name = "import_id", nullable = false)
    private long importId;
    @Column(name = "amount_fen", nullable = false)
    private long amountFen;
    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;
    private String reference;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected EnrolmentPayment() {
    }

    public EnrolmentPayment(long importId, long amountFen, LocalDate paidOn, String reference, String recordedBy) {
        if (amountFen <= 0) {
            throw new IllegalArgumentException("amount: a payment is more than 0.00 yuan");
        }
        this.importId = importId;
        this.amountFen = amountFen;
        this.paidOn = paidOn;
        this.reference = reference;
        this.recordedBy = recordedBy;
        this.recordedAt = LocalDateTime.now();
    }

    public long amountFen() { return amountFen; }
    public LocalDate paidOn() { return paidOn; }
    public String reference() { return reference; }
    public String recordedBy() { return recordedBy; }
}
