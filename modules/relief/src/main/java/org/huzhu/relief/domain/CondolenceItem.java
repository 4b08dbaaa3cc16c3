package org.huzhu.relief.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.huzhu.kernel.identity.Gender;
import org.huzhu.relief.api.CondolenceKind;
import org.huzhu.tenancy.api.TenantScopedEntity;

/**
 * A condolence item (慰问): its rule (who, how much each, the budget), its state (defined, computed, approved by
 * a second person, the same steps as an {@link AidRun}) and its totals.
 */
@Entity
@Table(name = "condolence_item")
public class CondolenceItem extends TenantScopedEntity {

    @Column(nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CondolenceKind kind;
    @Column(name = "item_year", nullable = false)
    private int itemYear;
    @Column(name = "org_path", nullable = false)
    private String orgPath;
    @Enumerated(EnumType.STRING)
    @Column
    private Gender gender;
    @Column(name = "hardship_only", nullable = false)
    private boolean hardshipOnly;
    @Column(name = "model_workers_only", nullable = false)
    private boolean modelWorkersOnly;
    @Column(name = "member_ids", nullable = false)
    private String memberIds;
    @Column(name = "amount_fen", nullable = false)
    private long amountFen;
    @Column(name = "budget_fen", nullable = false)
    private long budgetFen;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AidRunStatus status;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;
    @Column(name = "computed_at")
    private LocalDateTime computedAt;
    @Column(name = "approved_by")
    private String approvedBy;
    @Column(name = "approved_at")
    private LocalDateTime approvedAt;
    @Column(name = "line_count", nullable = false)
    private int lineCount;
    @Column(name = "lines_within", nullable = false)
    private int linesWithin;
    @Column(name = "total_within_fen", nullable = false)
    private long totalWithinFen;
    @Column(name = "lines_cut", nullable = false)
    private int linesCut;
    @Column(name = "total_cut_fen", nullable = false)
    private long totalCutFen;

    protected CondolenceItem() {
    }

    @SuppressWarnings("java:S107")
    public CondolenceItem(String name, CondolenceKind kind, int year, CondolenceCriteria criteria, CondolenceRule rule,
                          String createdBy, LocalDateTime createdAt) {
        this.name = name;
        this.kind = kind;
        this.itemYear = year;
        this.orgPath = criteria.orgPath();
        this.gender = criteria.gender();
        this.hardshipOnly = criteria.hardshipOnly();
        this.modelWorkersOnly = criteria.modelWorkersOnly();
        this.memberIds = criteria.memberIds().stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        this.amountFen = rule.amountFen();
        this.budgetFen = rule.budgetFen();
        this.status = AidRunStatus.DEFINED;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public CondolenceRule rule() {
        return new CondolenceRule(amountFen, budgetFen);
    }

    public CondolenceCriteria criteria() {
        Set<Long> ids = memberIds.isEmpty() ? Set.of()
                : Arrays.stream(memberIds.split(",")).map(Long::valueOf).collect(Collectors.toSet());
        return new CondolenceCriteria(orgPath, gender, hardshipOnly, modelWorkersOnly, ids);
    }

    /** The lines just written, summed. */
    public void computed(List<CondolenceRule.Line> lines, LocalDateTime at) {
        this.status = AidRunStatus.COMPUTED;
        this.computedAt = at;
        this.lineCount = lines.size();
        this.linesWithin = (int) lines.stream().filter(CondolenceRule.Line::withinBudget).count();
        this.totalWithinFen = lines.stream().filter(CondolenceRule.Line::withinBudget)
                .mapToLong(CondolenceRule.Line::amountFen).sum();
        this.linesCut = lineCount - linesWithin;
        this.totalCutFen = lines.stream().filter(l -> !l.withinBudget()).mapToLong(CondolenceRule.Line::amountFen)
                .sum();
    }

    /** Four eyes: a computed item is approved by someone other than its creator. */
    public boolean mayBeApprovedBy(String who) {
        return status == AidRunStatus.COMPUTED && !createdBy.equals(who);
    }

    public void approve(String who, LocalDateTime at) {
        if (!mayBeApprovedBy(who)) {
            throw new IllegalStateException("item " + id() + " cannot be approved by " + who);
        }
        this.status = AidRunStatus.APPROVED;
        this.approvedBy = who;
        this.approvedAt = at;
    }

    public String name() { return name; }
    public CondolenceKind kind() { return kind; }
    public int year() { return itemYear; }
    public AidRunStatus status() { return status; }
    public String createdBy() { return createdBy; }
    public LocalDateTime createdAt() { return createdAt; }
    public LocalDateTime computedAt() { return computedAt; }
    public String approvedBy() { return approvedBy; }
    public LocalDateTime approvedAt() { return approvedAt; }
    public int lineCount() { return lineCount; }
    public int linesWithin() { return linesWithin; }
    public long totalWithinFen() { return totalWithinFen; }
    public int linesCut() { return linesCut; }
    public long totalCutFen() { return totalCutFen; }
}
