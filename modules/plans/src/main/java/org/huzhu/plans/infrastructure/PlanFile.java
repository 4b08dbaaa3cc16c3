package org.huzhu.plans.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.LocalDateTime;
import org.huzhu.plans.domain.Plan;
import org.huzhu.tenancy.api.TenantScopedEntity;

/** A stored plan file of the tenant's catalogue (written by the provisioning tool). */
@Entity
@Table(name = "plan_file")
public class PlanFile extends TenantScopedEntity {

    @Column(name = "plan_code", nullable = false)
    private String planCode;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(nullable = false)
    private String content;

    @Column(name = "applied_at", nullable = false)
    private LocalDateTime appliedAt;

    protected PlanFile() {
    }

    /** Publishes a drafted version: the file becomes the draft's text, applied now. */
    public void replaceWith(String newContent) {
        this.content = newContent;
        this.appliedAt = LocalDateTime.now();
    }

    public String planCode() {
        return planCode;
    }

    public String content() {
        return content;
    }

    public Plan toPlan() {
        return PlanFileParser.parse(fileName, new StringReader(content));
    }
}
