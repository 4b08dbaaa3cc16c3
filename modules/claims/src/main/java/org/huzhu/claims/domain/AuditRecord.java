package org.huzhu.claims.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.huzhu.tenancy.api.TenantScopedEntity;

/** A line of the audit trail. Written once; the table's triggers refuse any update or delete. */
@Entity
@Table(name = "claim_audit")
public class AuditRecord extends TenantScopedEntity {

    public static final java.util.List<String> COLUMNS = java.util.List.of("subject", "subject_id", "action", "actor",
            "at", "status_before", "status_after", "amount_before_fen", "amount_after_fen", "detail", "version");

    private String subject;
    @Column(name = "subject_id") private long subjectId;
    private String action;
    private String actor;
    private LocalDateTime at;
    @Column(name = "status_before") private String statusBefore;
    @Column(name = "status_after") private String statusAfter;
    @Column(name = "amount_before_fen") private Long amountBeforeFen;
    @Column(name = "amount_after_fen") private Long amountAfterFen;
    private String detail;

    protected AuditRecord() {
    }

    public String subject() { return subject; }
    public long subjectId() { return subjectId; }
    public String action() { return action; }
    public String actor() { return actor; }
    public LocalDateTime at() { return at; }
    public String statusBefore() { return statusBefore; }
    public String statusAfter() { return statusAfter; }
    public Long amountBeforeFen() { return amountBeforeFen; }
    public Long amountAfterFen() { return amountAfterFen; }
    public String detail() { return detail; }
}
