package org.huzhu.relief.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.huzhu.tenancy.api.TenantScopedEntity;

/** One of the tenant's own major-illness categories (when it has a list of its own). */
@Entity
@Table(name = "relief_illness_category")
public class IllnessCategoryRow extends TenantScopedEntity {

    @Column(nullable = false)
    private String code;

    protected IllnessCategoryRow() {
    }

    public IllnessCategoryRow(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
