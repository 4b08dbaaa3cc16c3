package org.huzhu.relief.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.huzhu.relief.api.AidGroup;
import org.huzhu.tenancy.api.TenantScopedEntity;

/**
 * One member's aid in one run. Written in bulk when the run is computed ({@link #COLUMNS}); the payout side's
 * changes are conditional on the state they expect, so a payout run retried after a crash takes and pays a line
 * once: each returns whether it changed the line.
 */
@Entity
@Table(name = "aid_line")
public class AidLine extends TenantScopedEntity {

    public static final List<String> COLUMNS = List.of("run_id", "position", "member_id", "member_name", "org_path",
            "aid_groups", "self_paid_fen", "paid_fen", "remaining_fen", "aid_fen", "within_budget", "working", "status",
            "version");

    @Column(name = "run_id", nullable = false)
    private long runId;
    @Column(nullable = false)
    private int position;
    @Column(name = "member_id", nullable = false)
    private long memberId;
    @Column(name = "member_name", nullable = false)
    private String memberName;
    @Column(name = "org_path", nullable = false)
    private String orgPath;
    @Column(name = "aid_groups", nullable = false)
    private String groups;
    @Column(name = "self_paid_fen", nullable = false)
    private long selfPaidFen;
    @Column(name = "paid_fen", nullable = false)
    private long paidFen;
    @Column(name = "remaining_fen", nullable = false)
    private long remainingFen;
    @Column(name = "aid_fen", nullable = false)
    private long aidFen;
    @Column(name = "within_budget", nullable = false)
    private boolean withinBudget;
    @Column(nullable = false)
    private String working;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AidLineStatus status;
    @Column(name = "payout_run_id")
    private Long payoutRunId;
    @Column(name = "paid_on")
    private LocalDate paidOn;
    @Column(name = "fail_reason")
    private String failReason;

    protected AidLine() {
    }

    /** A line as the rule computed it (for tests and for {@link #values}). */
    public AidLine(long runId, AidRule.Line line) {
        this.runId = runId;
        this.position = line.position();
        this.memberId = line.member().memberId();
        this.memberName = line.member().memberName();
        this.orgPath = line.member().orgPath();
        this.groups = String.join(",", line.member().groups().stream().sorted().map(Enum::name).toList());
        this.selfPaidFen = line.member().selfPaidFen();
        this.paidFen = line.member().paidFen();
        this.remainingFen = line.member().remainingFen();
        this.aidFen = line.aidFen();
        this.withinBudget = line.withinBudget();
        this.working = AidWorking.format(line.working());
        this.status = line.withinBudget() ? AidLineStatus.COMPUTED : AidLineStatus.CUT;
    }

    /** The bulk insert's values, in the order of {@link #COLUMNS}. */
    public Object[] values() {
        return new Object[] {runId, position, memberId, memberName, orgPath, groups, selfPaidFen, paidFen,
                remainingFen, aidFen, withinBudget, working, status.name(), 0L};
    }

    /** Computed within the budget -> approved with its run. */
    public boolean approve() {
        return move(AidLineStatus.COMPUTED, AidLineStatus.APPROVED);
    }

    /** Approved and on no payout run -> scheduled on this one. */
    public boolean schedule(long payoutRun) {
        if (status != AidLineStatus.APPROVED || payoutRunId != null) {
            return false;
        }
        status = AidLineStatus.SCHEDULED;
        payoutRunId = payoutRun;
        return true;
    }

    /** Scheduled on this payout run -> paid on the day. */
    public boolean markPaid(long payoutRun, LocalDate on) {
        if (!scheduledOn(payoutRun)) {
            return false;
        }
        status = AidLineStatus.PAID;
        paidOn = on;
        return true;
    }

    /** Scheduled on this payout run -> failed with the bank's reason. */
    public boolean markFailed(long payoutRun, String reason) {
        if (!scheduledOn(payoutRun)) {
            return false;
        }
        status = AidLineStatus.PAYMENT_FAILED;
        failReason = reason == null ? null : reason.substring(0, Math.min(reason.length(), 200));
        return true;
    }

    /** Payment failed -> approved again on no run, for the next payout run (the member's card mended). */
    public boolean retryPayment() {
        if (status != AidLineStatus.PAYMENT_FAILED) {
            return false;
        }
        status = AidLineStatus.APPROVED;
        payoutRunId = null;
        return true;
    }

    private boolean scheduledOn(long payoutRun) {
        return status == AidLineStatus.SCHEDULED && payoutRunId != null && payoutRunId == payoutRun;
    }

    private boolean move(AidLineStatus from, AidLineStatus to) {
        if (status != from) {
            return false;
        }
        status = to;
        return true;
    }

    public long runId() { return runId; }
    public int position() { return position; }
    public long memberId() { return memberId; }
    public String memberName() { return memberName; }
    public long selfPaidFen() { return selfPaidFen; }
    public long paidFen() { return paidFen; }
    public long remainingFen() { return remainingFen; }
    public long aidFen() { return aidFen; }
    public boolean withinBudget() { return withinBudget; }
    public String working() { return working; }
    public AidLineStatus status() { return status; }
    public Long payoutRunId() { return payoutRunId; }
    public LocalDate paidOn() { return paidOn; }
    public String failReason() { return failReason; }

    public List<AidGroup> groups() {
        return groups.isEmpty() ? List.of() : Arrays.stream(groups.split(",")).map(AidGroup::valueOf).toList();
    }
}
