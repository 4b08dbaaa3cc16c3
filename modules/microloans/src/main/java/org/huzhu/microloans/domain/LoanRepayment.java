package org.huzhu.microloans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.huzhu.tenancy.api.TenantScopedEntity;

/**
 * A repayment the bank received for one instalment of a loan, from its file ({@code source} FILE, the bank's
 * transaction reference unique per loan, so a file imported twice records nothing twice) or entered by hand.
 */
@Entity
@Table(name = "loan_repayment")
public class LoanRepayment extends TenantScopedEntity {

    @Column(name = "loan_id") private long loanId;
    private int instalment;
    @Column(name = "paid_on") private LocalDate paidOn;
    @Column(name = "principal_fen") private long principalFen;
    @Column(name = "interest_fen") private long interestFen;
    @Column(name = "penalty_fen") private long penaltyFen;
    private String source;
    private String reference;
    @Column(name = "recorded_by") private String recordedBy;
    @Column(name = "recorded_at") private LocalDateTime recordedAt;

    protected LoanRepayment() {
    }

    public LoanRepayment(long loanId, InstalmentPayment p, String source, String reference, String recordedBy,
                         LocalDateTime recordedAt) {
        this.loanId = loanId;
        this.instalment = p.instalment();
        this.paidOn = p.paidOn();
        this.principalFen = p.principalFen();
        this.interestFen = p.interestFen();
        this.penaltyFen = p.penaltyFen();
        this.source = source;
        this.reference = reference;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public InstalmentPayment payment() {
        return new InstalmentPayment(instalment, paidOn, principalFen, interestFen, penaltyFen);
    }

    public long loanId() { return loanId; }
    public String source() { return source; }
    public String reference() { return reference; }
    public String recordedBy() { return recordedBy; }
}
