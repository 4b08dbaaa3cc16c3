package org.huzhu.relief.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.huzhu.tenancy.api.TenantScopedEntity;

/** A home visit to a household on the register. */
@Entity
@Table(name = "hardship_visit")
public class HardshipVisit extends TenantScopedEntity {

    @Column(name = "file_id", nullable = false)
    private long fileId;
    @Column(name = "visited_on", nullable = false)
    private LocalDate visitedOn;
    @Column(nullable = false)
    private String visitor;
    private String note;

    protected HardshipVisit() {
    }

    public HardshipVisit(long fileId, LocalDate visitedOn, String visitor, String note) {
        this.fileId = fileId;
        this.visitedOn = visitedOn;
        this.visitor = visitor;
        this.note = note;
    }

    public long fileId() { return fileId; }
    public LocalDate visitedOn() { return visitedOn; }
    public String visitor() { return visitor; }
    public String note() { return note; }
}
