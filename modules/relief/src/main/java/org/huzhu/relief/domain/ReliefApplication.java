package org.huzhu.relief.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.huzhu.relief.api.ApplicationStatus;
import org.huzhu.relief.api.ReliefKind;
import org.huzhu.tenancy.api.TenantScopedEntity;

/**
 * A relief-fund application going up the levels. Each step is allowed only from the state before it and by a
 * person who took no earlier step (the filer does not check, the checker does not decide); the payout side's
 * steps are conditional like an aid line's, so a retried payout run takes and pays a grant once.
 */
@Entity
@Table(name = "relief_application")
public class ReliefApplication extends TenantScopedEntity {

    @Column(name = "member_id", nullable = false)
    private long memberId;
    @Column(name = "member_name", nullable = false)
    private String memberName;
    @Column(name = "org_path", nullable = false)
    private String orgPath;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReliefKind kind;
    @Column(name = "illness_category")
    private String illnessCategory;
    @Column(name = "self_paid_fen", nullable = false)
    private long selfPaidFen;
    @Column(name = "loss_fen", nullable = false)
    private long lossFen;
    @Column(name = "income_per_head_fen", nullable = false)
    private long incomePerHeadFen;
    @Column(name = "proposed_fen", nullable = false)
    private long proposedFen;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationStatus status;
    @Column(name = "filed_by", nullable = false)
    private String filedBy;
    @Column(name = "filed_at", nullable = false)
    private LocalDateTime filedAt;
    @Column(name = "checked_by")
    private String checkedBy;
    @Column(name = "checked_at")
    private LocalDateTime checkedAt;
    @Column(name = "check_note")
    private String checkNote;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private LocalDateTime decidedAt;
    private String committee;
    @Column(name = "decision_reason")
    private String decisionReason;
    @Column(name = "granted_fen")
    private Long grantedFen;
    @Column(name = "payout_run_id")
    private Long payoutRunId;
    @Column(name = "paid_on")
    private LocalDate paidOn;
    @Column(name = "fail_reason")
    private String failReason;

    protected ReliefApplication() {
    }

    @SuppressWarnings("java:S107")
    public ReliefApplication(long memberId, String memberName, String orgPath, ReliefKind kind, String illnessCategory,
                             long selfPaidFen, long lossFen, long incomePerHeadFen, long proposedFen, String filedBy,
                             LocalDateTime filedAt) {
        this.memberId = memberId;
        this.memberName = memberName;
        this.orgPath = orgPath;
        this.kind = kind;
        this.illnessCategory = illnessCategory;
        this.selfPaidFen = selfPaidFen;
        this.lossFen = lossFen;
        this.incomePerHeadFen = incomePerHeadFen;
        this.proposedFen = proposedFen;
        this.filedBy = filedBy;
        this.filedAt = filedAt;
        this.status = ApplicationStatus.FILED;
    }

    /** The most the committee may grant for this kind of case. */
    public long capFen() {
        return kind == ReliefKind.MAJOR_ILLNESS ? ReliefFormula.ILLNESS_CAP_FEN : ReliefFormula.ACCIDENT_CAP_FEN;
    }

    /** The agency office's check, by someone other than the filer; false when the state or person does not allow it. */
    public boolean check(String by, boolean passed, String note, LocalDateTime at) {
        if (status != ApplicationStatus.FILED || by.equals(filedBy)) {
            return false;
        }
        status = passed ? ApplicationStatus.CHECKED : ApplicationStatus.RETURNED;
        checkedBy = by;
        checkedAt = at;
        checkNote = note;
        return true;
    }

    /** The committee's decision, recorded by someone who neither filed nor checked the case. */
    public boolean decide(String by, Long grantFen, List<String> members, String reason, LocalDateTime at) {
        if (status != ApplicationStatus.CHECKED || by.equals(filedBy) || by.equals(checkedBy)) {
            return false;
        }
        status = grantFen == null ? ApplicationStatus.REFUSED : ApplicationStatus.GRANTED;
        grantedFen = grantFen;
        decidedBy = by;
        decidedAt = at;
        committee = String.join("、", members);
        decisionReason = reason;
        return true;
    }

    public boolean schedule(long payoutRun) {
        if (status != ApplicationStatus.GRANTED || payoutRunId != null) {
            return false;
        }
        status = ApplicationStatus.SCHEDULED;
        payoutRunId = payoutRun;
        return true;
    }

    public boolean markPaid(long payoutRun, LocalDate on) {
        if (!scheduledOn(payoutRun)) {
            return false;
        }
        status = ApplicationStatus.PAID;
        paidOn = on;
        return true;
    }

    public boolean markFailed(long payoutRun, String reason) {
        if (!scheduledOn(payoutRun)) {
            return false;
        }
        status = ApplicationStatus.PAYMENT_FAILED;
        failReason = reason == null ? null : reason.substring(0, Math.min(200, reason.length()));
        return true;
    }

    /** Payment failed -> granted again on no run, for the next payout run (the member's card mended). */
    public boolean retryPayment() {
        if (status != ApplicationStatus.PAYMENT_FAILED) {
            return false;
        }
        status = ApplicationStatus.GRANTED;
        payoutRunId = null;
        return true;
    }

    private boolean scheduledOn(long payoutRun) {
        return status == ApplicationStatus.SCHEDULED && payoutRunId != null && payoutRunId == payoutRun;
    }

    public long memberId() { return memberId; }
    public String memberName() { return memberName; }
    public String orgPath() { return orgPath; }
    public ReliefKind kind() { return kind; }
    public String illnessCategory() { return illnessCategory; }
    public long selfPaidFen() { return selfPaidFen; }
    public long lossFen() { return lossFen; }
    public long incomePerHeadFen() { return incomePerHeadFen; }
    public long proposedFen() { return proposedFen; }
    public ApplicationStatus status() { return status; }
    public String filedBy() { return filedBy; }
    public LocalDateTime filedAt() { return filedAt; }
    public String checkedBy() { return checkedBy; }
    public String checkNote() { return checkNote; }
    public String decidedBy() { return decidedBy; }
    public String decisionReason() { return decisionReason; }
    public Long grantedFen() { return grantedFen; }
    public LocalDate paidOn() { return paidOn; }
    public Long payoutRunId() { return payoutRunId; }

    public List<String> committee() {
        return committee == null || committee.isEmpty() ? List.of() : Arrays.asList(committee.split("、"));
    }
}
