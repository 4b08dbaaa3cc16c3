package org.huzhu.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A city office on the platform. Platform data: it belongs to no tenant, so it is not multitenant. */
@Entity
@Table(name = "tenant")
public class Tenant {

    public static final String ACTIVE = "ACTIVE";

    @Id
    private String id;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(nullable = false)
    private String status;

    protected Tenant() {
    }

    public String id() {
        return id;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public boolean isActive() {
        return ACTIVE.equals(status);
    }
}
