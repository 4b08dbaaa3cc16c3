package org.huzhu.relief.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;

/**
 * One person's line of one condolence item (a member's, or a non-member payee's: exactly one of the two ids), written in bulk when the item is computed ({@link #COLUMNS}); the
 * payout side's steps are conditional on the state they expect (as {@link AidLine}'s are), so a payout run
 * retried after a crash takes and pays a line once: each returns whether it changed the line.
 */
@Entity
@Table(name = "condolence_line")
public class CondolenceLine extends PayableLine {

    public static final List<String> COLUMNS = List.of("item_id", "position", "member_id", "payee_id", "member_name", "org_path",
            "hardship", "amount_fen", "within_budget", "status", "version");

    @Column(name = "item_id", nullable = false)
    private long itemId;
    @Column(nullable = false)
    private int position;
    @Column(name = "member_id")
    private Long memberId;
    @Column(name = "payee_id")
    private Long payeeId;
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

    protected CondolenceLine() {
    }

    /** A line as the rule computed it (for tests and for {@link #values}). */
    public CondolenceLine(long itemId, CondolenceRule.Line line) {
        super(line.withinBudget());
        this.itemId = itemId;
        this.position = line.position();
        this.memberId = line.recipient().memberId();
        this.payeeId = line.recipient().payeeId();
        this.memberName = line.recipient().name();
        this.orgPath = line.recipient().orgPath();
        this.hardship = line.recipient().hardship();
        this.amountFen = line.amountFen();
        this.withinBudget = line.withinBudget();
    }

    /** The bulk insert's values, in the order of {@link #COLUMNS}. */
    public Object[] values() {
        return new Object[] {itemId, position, memberId, payeeId, memberName, orgPath, hardship, amountFen, withinBudget,
                status().name(), 0L};
    }

    public long itemId() { return itemId; }
    public int position() { return position; }
    /** The member paid, or null on a payee's line. */
    public Long memberId() { return memberId; }
    /** The non-member payee paid, or null on a member's line. */
    public Long payeeId() { return payeeId; }
    public String memberName() { return memberName; }
    public String orgPath() { return orgPath; }
    public boolean hardship() { return hardship; }
    public long amountFen() { return amountFen; }
    public boolean withinBudget() { return withinBudget; }
}
