package org.huzhu.plans.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.LocalDateTime;
import org.huzhu.plans.domain.Plan;
import org.huzhu.tenancy.api.TenantScopedEntity;

/** A plan with a new version being drafted; it stays a draft, and may change, until it is published. */
@Entity
@Table(name = "plan_draft")
public class PlanDraft extends TenantScopedEntity {

    @Column(name = "plan_code", nullable = false)
    private String planCode;

    @Column(nullable = false)
    private String content;

    @Column(name = "drafted_by", nullable = false)
    private String draftedBy;

    @Column(name = "drafted_at", nullable = false)
    private LocalDateTime draftedAt;

    protected PlanDraft() {
    }

    public PlanDraft(Plan plan, String draftedBy) {
        this.planCode = plan.code();
        revise(plan, draftedBy);
    }

    public final void revise(Plan plan, String by) {
        this.content = PlanFileWriter.write(plan);
        this.draftedBy = by;
        this.draftedAt = LocalDateTime.now();
    }

    public Plan toPlan() {
        return PlanFileParser.parse(planCode + ".yaml (draft)", new StringReader(content));
    }

    public String content() {
        return content;
    }
}
