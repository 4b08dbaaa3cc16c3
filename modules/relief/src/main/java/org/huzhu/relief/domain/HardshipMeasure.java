package org.huzhu.relief.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.huzhu.relief.api.MeasureKind;
import org.huzhu.tenancy.api.TenantScopedEntity;

/** A measure taken for a household (一户一措施), with the clerk's note as written. */
@Entity
@Table(name = "hardship_measure")
public class HardshipMeasure extends TenantScopedEntity {

    @Column(name = "file_id", nullable = false)
    private long fileId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeasureKind kind;
    @Column(name = "taken_on", nullable = false)
    private LocalDate takenOn;
    @Column(name = "amount_fen", nullable = false)
    private long amountFen;
    private String note;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected HardshipMeasure() {
    }

    public HardshipMeasure(long fileId, MeasureKind kind, LocalDate takenOn, long amountFen, String note,
                           String recordedBy) {
        this.fileId = fileId;
        this.kind = kind;
        this.takenOn = takenOn;
        this.amountFen = amountFen;
        this.note = note;
        this.recordedBy = recordedBy;
    }

    public long fileId() { return fileId; }
    public MeasureKind kind() { return kind; }
    public LocalDate takenOn() { return takenOn; }
    public long amountFen() { return amountFen; }
    public String note() { return note; }
    public String recordedBy() { return recordedBy; }
}
