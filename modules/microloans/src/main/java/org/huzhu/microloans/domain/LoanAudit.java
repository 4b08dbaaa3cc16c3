package org.huzhu.microloans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.huzhu.tenancy.api.TenantScopedEntity;

/**
 * One line of the microloans audit trail (append-only: triggers refuse UPDATE and DELETE): what happened as a
 * code with its parameters ({@code |}-separated, translated when shown), to which application, loan or
 * subsidy, by whom and when, with the state before and after.
 */
@Entity
@Table(name = "loan_audit")
public class LoanAudit extends TenantScopedEntity {

    private String subject;
    @Column(name = "subject_id") private long subjectId;
    private String code;
    private String actor;
    @Column(name = "recorded_at") private LocalDateTime at;
    @Column(name = "status_before") private String statusBefore;
    @Column(name = "status_after") private String statusAfter;
    private String params;

    protected LoanAudit() {
    }

    public LoanAudit(String subject, long subjectId, String code, String actor, LocalDateTime at,
                     String statusBefore, String statusAfter, String params) {
        this.subject = subject;
        this.subjectId = subjectId;
        this.code = code;
        this.actor = actor;
        this.at = at;
        this.statusBefore = statusBefore;
        this.statusAfter = statusAfter;
        this.params = params == null ? "" : params.length() > 1000 ? params.substring(0, 1000) : params;
    }

    public String subject() { return subject; }
    public long subjectId() { return subjectId; }
    public String code() { return code; }
    public String actor() { return actor; }
    public LocalDateTime at() { return at; }
    public String statusBefore() { return statusBefore; }
    public String statusAfter() { return statusAfter; }
    public String params() { return params; }
}
