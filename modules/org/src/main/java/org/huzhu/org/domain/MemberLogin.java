package org.huzhu.org.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.huzhu.tenancy.api.TenantScopedEntity;

/** A member's own login, linked to their record in the registry. */
@Entity
@Table(name = "member_login")
public class MemberLogin extends TenantScopedEntity {

    @Column(nullable = false)
    private String username;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    protected MemberLogin() {
    }

    public long memberId() {
        return memberId;
    }
}
