package org.huzhu.relief.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.huzhu.tenancy.api.TenantScopedEntity;

/** A tenant's hardship lines as the office admin set them; no row means {@link HardshipLines#DEFAULTS}. */
@Entity
@Table(name = "relief_settings")
public class ReliefSettingsRow extends TenantScopedEntity {

    @Column(name = "minimum_living_fen", nullable = false)
    private long minimumLivingFen;
    @Column(name = "illness_share_percent", nullable = false)
    private int illnessSharePercent;
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected ReliefSettingsRow() {
    }

    public ReliefSettingsRow(HardshipLines lines, String updatedBy) {
        change(lines, updatedBy);
    }

    public final void change(HardshipLines lines, String updatedBy) {
        this.minimumLivingFen = lines.minimumLivingFen();
        this.illnessSharePercent = lines.illnessSharePercent();
        this.updatedBy = updatedBy;
    }

    public HardshipLines lines() {
        return new HardshipLines(minimumLivingFen, illnessSharePercent);
    }
}
