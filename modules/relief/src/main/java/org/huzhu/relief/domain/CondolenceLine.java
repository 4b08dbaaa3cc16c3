package org.huzhu.relief.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.huzhu.tenancy.api.TenantScopedEntity;

/**
 * One member's line of one condolence item, written in bulk when the item is computed ({@link #COLUMNS}); the
 * payout side's steps are conditional on the state they expect (as {@link AidLine}'s are), so a payout run
 * retried after a crash takes and pays a line once: each returns whether it changed the line.
 */
@Entity
@Table(name = "condolence_line")
public class CondolenceLine extends TenantScopedEntity {

    public static final List<String> COLUMNS = List.of("item_id", "position", "member_id", "member_name", "org_path",
            "hardship", "amount_fen", "within_budget", "status", "version");

    @Column(name = "item_id", nullable = false)
    private long itemId;
    @Column(nullable = false)
    private int position;
    @Column(name = "member_id", nullable = false)
    private long memberId;
    @Column(name = "member_name", nullable = false)
    private String memberName;
    @Column(name = "org_path", nullable = false)
    private String orgPath;
    @Column(nullable = false)
    private boolean hardship;
    @Column(name = "amount_fen", nullable = false)
    private long amountFen;
    @Column(name = "within_budget", nullable = false)
    private boolean withinBudget;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AidLineStatus status;
    @Column(name = "payout_run_id")
    private Long payoutRunId;
    @Column(name = "paid_on")
    private LocalDate paidOn;
    @Column(name = "fail_reason")
    private String failReason;

    protected CondolenceLine() {
    }

    /** A line as the rule computed it (for tests and for {@link #values}). */
    public CondolenceLine(long itemId, CondolenceRule.Line line) {
        this.itemId = itemId;
        this.position = line.position();
        this.memberId = line.member().memberId();
        this.memberName = line.member().memberName();
        this.orgPath = line.member().orgPath();
        this.hardship = line.member().hardship();
        this.amountFen = line.amountFen();
        this.withinBudget = line.withinBudget();
        this.status = line.withinBudget() ? AidLineStatus.COMPUTED : AidLineStatus.CUT;
    }

    /** The bulk insert's values, in the order of {@link #COLUMNS}. */
    public Object[] values() {
        return new Object[] {itemId, position, memberId, memberName, orgPath, hardship, amountFen, withinBudget,
                status.name(), 0L};
    }

    /** Computed within the budget -> approved with its item. */
    public boolean approve() {
        if (status != AidLineStatus.COMPUTED) {
            return false;
        }
        status = AidLineStatus.APPROVED;
        return true;
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

    private boolean scheduledOn(long payoutRun) {
        return status == AidLineStatus.SCHEDULED && payoutRunId != null && payoutRunId == payoutRun;
    }

    public long itemId() { return itemId; }
    public int position() { return position; }
    public long memberId() { return memberId; }
    public String memberName() { return memberName; }
    public String orgPath() { return orgPath; }
    public boolean hardship() { return hardship; }
    public long amountFen() { return amountFen; }
    public boolean withinBudget() { return withinBudget; }
    public AidLineStatus status() { return status; }
    public Long payoutRunId() { return payoutRunId; }
    public LocalDate paidOn() { return paidOn; }
    public String failReason() { return failReason; }
}
