package org.huzhu.relief.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.huzhu.relief.api.HardshipCategory;
import org.huzhu.relief.api.HardshipStatus;
import org.huzhu.tenancy.api.TenantScopedEntity;

/** One change of a file, append only: the action and the file's category, status and figures after it. */
@Entity
@Table(name = "hardship_event")
public class HardshipEvent extends TenantScopedEntity {

    @Column(name = "file_id", nullable = false)
    private long fileId;
    @Column(nullable = false)
    private String action;
    @Column(nullable = false)
    private String actor;
    @Column(nullable = false)
    private LocalDateTime at;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HardshipCategory category;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HardshipStatus status;
    @Column(name = "income_per_head_fen", nullable = false)
    private long incomePerHeadFen;
    @Column(name = "household_size", nullable = false)
    private int householdSize;
    private String detail;

    protected HardshipEvent() {
    }

    /** The file as it stands after {@code action}; {@code detail} a code or a date, never personal data. */
    public HardshipEvent(HardshipFile file, String action, String actor, LocalDateTime at, String detail) {
        this.fileId = file.id();
        this.action = action;
        this.actor = actor;
        this.at = at;
        this.category = file.category();
        this.status = file.status();
        this.incomePerHeadFen = file.incomePerHeadFen();
        this.householdSize = file.householdSize();
        this.detail = detail;
    }

    public String action() { return action; }
    public String actor() { return actor; }
    public LocalDateTime at() { return at; }
    public HardshipCategory category() { return category; }
    public HardshipStatus status() { return status; }
    public long incomePerHeadFen() { return incomePerHeadFen; }
    public int householdSize() { return householdSize; }
    public String detail() { return detail; }
}
