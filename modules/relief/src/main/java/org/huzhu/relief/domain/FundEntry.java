package org.huzhu.relief.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.huzhu.tenancy.api.TenantScopedEntity;

/** One line of the fund's ledger, append only: a donation (positive) or a grant (negative), with the balance after. */
@Entity
@Table(name = "fund_entry")
public class FundEntry extends TenantScopedEntity {

    public static final String DONATION = "DONATION";
    public static final String GRANT = "GRANT";

    @Column(nullable = false)
    private String kind;
    @Column(name = "amount_fen", nullable = false)
    private long amountFen;
    @Column(name = "balance_after_fen", nullable = false)
    private long balanceAfterFen;
    private String donor;
    @Column(name = "receipt_no")
    private String receiptNo;
    @Column(name = "application_id")
    private Long applicationId;
    @Column(name = "entry_date", nullable = false)
    private LocalDate entryDate;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(nullable = false)
    private LocalDateTime at;

    protected FundEntry() {
    }

    public static FundEntry donation(FundLedger.Movement movement, String donor, String receiptNo, LocalDate on,
                                     String by, LocalDateTime at) {
        FundEntry entry = new FundEntry(DONATION, movement, on, by, at);
        entry.donor = donor;
        entry.receiptNo = receiptNo;
        return entry;
    }

    public static FundEntry grant(FundLedger.Movement movement, long applicationId, LocalDate on, String by,
                                  LocalDateTime at) {
        FundEntry entry = new FundEntry(GRANT, movement, on, by, at);
        entry.applicationId = applicationId;
        return entry;
    }

    private FundEntry(String kind, FundLedger.Movement movement, LocalDate on, String by, LocalDateTime at) {
        this.kind = kind;
        this.amountFen = movement.amountFen();
        this.balanceAfterFen = movement.balanceAfterFen();
        this.entryDate = on;
        this.recordedBy = by;
        this.at = at;
    }

    public String kind() { return kind; }
    public long amountFen() { return amountFen; }
    public long balanceAfterFen() { return balanceAfterFen; }
    public String donor() { return donor; }
    public String receiptNo() { return receiptNo; }
    public Long applicationId() { return applicationId; }
    public LocalDate entryDate() { return entryDate; }
    public String recordedBy() { return recordedBy; }
}
