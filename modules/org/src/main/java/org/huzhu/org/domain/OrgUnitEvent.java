package org.huzhu.org.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.huzhu.org.api.OrgUnitEventKind;
import org.huzhu.org.api.OrgUnitEventView;
import org.huzhu.tenancy.api.TenantScopedEntity;

/** One line of a unit's history. Append only: every column is insert-only and nothing changes it. */
@Entity
@Table(name = "org_unit_event")
public class OrgUnitEvent extends TenantScopedEntity {

    @Column(name = "org_unit_id", nullable = false, updatable = false)
    private long orgUnitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private OrgUnitEventKind kind;

    @Column(name = "from_value", updatable = false)
    private String fromValue;

    @Column(name = "to_value", updatable = false)
    private String toValue;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    protected OrgUnitEvent() {
    }

    public OrgUnitEvent(long orgUnitId, OrgUnitEventKind kind, String fromValue, String toValue, String actor,
                        LocalDateTime occurredAt) {
        this.orgUnitId = orgUnitId;
        this.kind = kind;
        this.fromValue = fromValue;
        this.toValue = toValue;
        this.actor = actor;
        this.occurredAt = occurredAt;
    }

    public OrgUnitEventView toView() {
        return new OrgUnitEventView(id(), orgUnitId, kind, fromValue, toValue, actor, occurredAt);
    }
}
