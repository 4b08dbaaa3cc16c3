package org.huzhu.relief.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import org.huzhu.relief.api.AidGroup;

/**
 * One member's aid in one run. Written in bulk when the run is computed ({@link #COLUMNS}); the payout side's
 * changes are conditional on the state they expect, so a payout run retried after a crash takes and pays a line
 * once: each returns whether it changed the line.
 */
@Entity
@Table(name = "aid_line")
public class AidLine extends PayableLine {

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

    protected AidLine() {
    }

    /** A line as the rule computed it (for tests and for {@link #values}). */
    public AidLine(long runId, AidRule.Line line) {
        super(line.withinBudget());
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
    }

    /** The bulk insert's values, in the order of {@link #COLUMNS}. */
    public Object[] values() {
        return new Object[] {runId, position, memberId, memberName, orgPath, groups, selfPaidFen, paidFen,
                remainingFen, aidFen, withinBudget, working, status().name(), 0L};
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

    public List<AidGroup> groups() {
        return groups.isEmpty() ? List.of() : Arrays.stream(groups.split(",")).map(AidGroup::valueOf).toList();
    }
}
