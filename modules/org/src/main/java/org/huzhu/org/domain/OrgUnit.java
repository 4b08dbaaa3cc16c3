package org.huzhu.org.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.huzhu.org.api.OrgUnitKind;
import org.huzhu.org.api.OrgUnitStatus;
import org.huzhu.org.api.OrgUnitView;
import org.huzhu.org.api.UnionRegistration;
import org.huzhu.tenancy.api.TenantScopedEntity;
import org.huzhu.tenancy.api.Refused;

/**
 * A node of a tenant's org tree. Parent by id, not by reference: units are loaded as a flat list. A grassroots
 * union that registered itself is PENDING until reviewed; moving it changes its parent and path, never its id
 * or code (clerks' logins name the code).
 */
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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrgUnitStatus status = OrgUnitStatus.ACTIVE;

    @Column(name = "clerk_username")
    private String clerkUsername;

    @Column(name = "direct_enrolment", nullable = false)
    private boolean directEnrolment;

    @Column(name = "registered_at")
    private LocalDateTime registeredAt;

    @Column(name = "registered_by")
    private String registeredBy;

    @Column(name = "approved_at")
    private LocalDateTime approvedAt;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    protected OrgUnit() {
    }

    /**
     * A registration, PENDING, under {@code parent}. Its path needs the generated id: {@link #placeUnder} once
     * the row has one.
     */
    public static OrgUnit registered(String code, String name, String creditCode, int headcount, String clerkUsername,
                                     OrgUnit parent, String registeredBy, LocalDateTime at) {
        OrgUnit unit = new OrgUnit();
        unit.code = code;
        unit.name = name;
        unit.kind = OrgUnitKind.GRASSROOTS_UNION;
        unit.creditCode = creditCode;
        unit.headcount = headcount;
        unit.clerkUsername = clerkUsername;
        unit.status = OrgUnitStatus.PENDING;
        unit.registeredBy = registeredBy;
        unit.registeredAt = at;
        unit.parentId = parent.id();
        unit.path = parent.path;
        unit.directEnrolment = parent.kind == OrgUnitKind.CITY_OFFICE;
        return unit;
    }

    /** Puts the unit (which has its id) under {@code parent}; returns the path it had. */
    public String placeUnder(OrgUnit parent) {
        String old = path;
        parentId = parent.id();
        path = parent.path + id() + "/";
        directEnrolment = parent.kind == OrgUnitKind.CITY_OFFICE;
        return old;
    }

    public void approve(String actor, LocalDateTime at) {
        requirePending();
        status = OrgUnitStatus.ACTIVE;
        approvedBy = actor;
        approvedAt = at;
    }

    public void reject(String reason) {
        requirePending();
        status = OrgUnitStatus.REJECTED;
        rejectionReason = reason;
    }

    /** Returns the clerk it had. */
    public String changeClerk(String username) {
        String old = clerkUsername;
        clerkUsername = username;
        return old;
    }

    private void requirePending() {
        if (status != OrgUnitStatus.PENDING) {
            throw Refused.badInput("status", "org.refused.notPending." + status);
        }
    }

    public Long parentId() {
        return parentId;
    }

    public OrgUnitKind kind() {
        return kind;
    }

    public OrgUnitStatus status() {
        return status;
    }

    public String name() {
        return name;
    }

    public String clerkUsername() {
        return clerkUsername;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public UnionRegistration toRegistration(OrgUnit parent) {
        return new UnionRegistration(id(), code, name, creditCode, headcount, clerkUsername,
                parent == null ? null : parent.code, parent == null ? null : parent.name, directEnrolment, status,
                registeredBy, registeredAt, approvedBy, approvedAt, rejectionReason);
    }

    public String path() {
        return path;
    }

    public String code() {
        return code;
    }

    public OrgUnitView toView() {
        return new OrgUnitView(id(), code, name, kind, parentId, path, headcount, status, clerkUsername, directEnrolment);
    }
}
