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

/**
 * A condolence item (慰问): its rule (who, how much each, the budget), its state (defined, computed, approved by
 * a second person, the same steps as an {@link AidRun}) and its totals.
 */
@Entity
@Table(name = "condolence_item")
public class CondolenceItem extends PayableList {

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

    protected CondolenceItem() {
    }

    @SuppressWarnings("java:S107")
    public CondolenceItem(String name, CondolenceKind kind, int year, CondolenceCriteria criteria, CondolenceRule rule,
                          String createdBy, LocalDateTime createdAt) {
        super(createdBy, createdAt);
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
        computed(lines.stream().filter(CondolenceRule.Line::withinBudget).mapToLong(CondolenceRule.Line::amountFen).toArray(),
                lines.stream().filter(l -> !l.withinBudget()).mapToLong(CondolenceRule.Line::amountFen).toArray(), at);
    }

    public String name() { return name; }
    public CondolenceKind kind() { return kind; }
    public int year() { return itemYear; }
}
