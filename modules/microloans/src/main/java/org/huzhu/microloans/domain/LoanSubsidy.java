package org.huzhu.microloans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.huzhu.microloans.api.SubsidyStatus;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.TenantScopedEntity;

/**
 * A loan's subsidy for one settlement period: unique per loan and period (so it is paid exactly once), with
 * its working as JSON. Each change is conditional on the state it expects: a payout run retried after a crash
 * finds the subsidy already scheduled or paid and changes nothing.
 */
@Entity
@Table(name = "loan_subsidy")
public class LoanSubsidy extends TenantScopedEntity {

    @Column(name = "loan_id") private long loanId;
    @Column(name = "member_id") private long memberId;
    @Column(name = "org_path") private String orgPath;
    @Column(name = "period_name") private String periodName;
    @Column(name = "period_from") private LocalDate periodFrom;
    @Column(name = "period_to") private LocalDate periodTo;
    @Column(name = "amount_fen") private long amountFen;
    private String working;
    @Enumerated(EnumType.STRING) private SubsidyStatus status;
    @Column(name = "computed_by") private String computedBy;
    @Column(name = "computed_at") private LocalDateTime computedAt;
    @Column(name = "approved_by") private String approvedBy;
    @Column(name = "approved_at") private LocalDateTime approvedAt;
    @Column(name = "run_id") private Long runId;
    @Column(name = "paid_on") private LocalDate paidOn;
    @Column(name = "failure_reason") private String failureReason;

    protected LoanSubsidy() {
    }

    public LoanSubsidy(long loanId, long memberId, String orgPath, SettlementPeriod period, long amountFen,
                       String working, String computedBy, LocalDateTime computedAt) {
        this.loanId = loanId;
        this.memberId = memberId;
        this.orgPath = orgPath;
        this.periodName = period.name();
        this.periodFrom = period.from();
        this.periodTo = period.to();
        record(amountFen, working, computedBy, computedAt);
    }

    /** Computed again (the bank's file corrected): only while nobody has approved it. */
    public void recompute(long amountFen, String working, String computedBy, LocalDateTime computedAt) {
        if (status != SubsidyStatus.COMPUTED && status != SubsidyStatus.NOTHING_OWED) {
            throw Refusals.subsidyState(status, "RECOMPUTE");
        }
        record(amountFen, working, computedBy, computedAt);
    }

    private void record(long fen, String workingJson, String by, LocalDateTime at) {
        this.amountFen = fen;
        this.working = workingJson;
        this.computedBy = by;
        this.computedAt = at;
        this.status = fen > 0 ? SubsidyStatus.COMPUTED : SubsidyStatus.NOTHING_OWED;
    }

    /** The second person's approval: never whoever computed it. */
    public void approve(String actor, LocalDateTime at) {
        if (status != SubsidyStatus.COMPUTED) {
            throw Refusals.subsidyState(status, "APPROVE");
        }
        if (actor.equals(computedBy)) {
            throw Refused.conflict("microloans.refused.secondPerson", computedBy);
        }
        approvedBy = actor;
        approvedAt = at;
        status = SubsidyStatus.APPROVED;
    }

    /** Approved and on no run -> on this run; false when it is not (taken meanwhile). */
    public boolean schedule(long run) {
        if (status != SubsidyStatus.APPROVED) {
            return false;
        }
        runId = run;
        status = SubsidyStatus.SCHEDULED;
        return true;
    }

    /** Scheduled on this run -> paid; false (nothing changed) otherwise. */
    public boolean markPaid(long run, LocalDate on) {
        if (status != SubsidyStatus.SCHEDULED || runId == null || runId != run) {
            return false;
        }
        paidOn = on;
        status = SubsidyStatus.PAID;
        return true;
    }

    /** Scheduled on this run -> payment failed with the bank's reason; false otherwise. */
    public boolean markFailed(long run, String reason) {
        if (status != SubsidyStatus.SCHEDULED || runId == null || runId != run) {
            return false;
        }
        failureReason = reason == null ? "" : reason.length() > 300 ? reason.substring(0, 300) : reason;
        status = SubsidyStatus.PAYMENT_FAILED;
        return true;
    }

    /** A failed payment goes back for the next run (after the account is mended). */
    public void retry() {
        if (status != SubsidyStatus.PAYMENT_FAILED) {
            throw Refusals.subsidyState(status, "RETRY");
        }
        runId = null;
        failureReason = null;
        status = SubsidyStatus.APPROVED;
    }

    public long loanId() { return loanId; }
    public long memberId() { return memberId; }
    public String orgPath() { return orgPath; }
    public String periodName() { return periodName; }
    public LocalDate periodFrom() { return periodFrom; }
    public LocalDate periodTo() { return periodTo; }
    public long amountFen() { return amountFen; }
    public String working() { return working; }
    public SubsidyStatus status() { return status; }
    public String computedBy() { return computedBy; }
    public String approvedBy() { return approvedBy; }
    public Long runId() { return runId; }
    public LocalDate paidOn() { return paidOn; }
    public String failureReason() { return failureReason; }
}
