package org.huzhu.org.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.huzhu.org.api.OrgUnitKind;
import org.huzhu.org.api.OrgUnitView;
import org.huzhu.tenancy.api.TenantScopedEntity;

/** A node of a tenant's org tree. Parent by id, not by reference: units are loaded as a flat list. */
@Entity
@Table(name = "org_unit")
public class OrgUnit extends TenantScopedEntity {

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrgUnitKind kind;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false)
    private String path;

    @Column(name = "credit_code")
    private String creditCode;

    private Integer headcount;

    protected OrgUnit() {
    }

    public String path() {
        return path;
    }

    public String code() {
        return code;
    }

    public OrgUnitView toView() {
        return new OrgUnitView(id(), code, name, kind, parentId, path, headcount);
    }
}
