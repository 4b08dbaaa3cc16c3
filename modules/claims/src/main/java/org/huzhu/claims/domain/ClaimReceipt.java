package org.huzhu.claims.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.huzhu.tenancy.api.TenantScopedEntity;

/** A receipt in use by a claim, by checksum or invoice number: unique per tenant, so no receipt pays twice. */
@Entity
@Table(name = "claim_receipt")
public class ClaimReceipt extends TenantScopedEntity {

    public static final String CHECKSUM = "CHECKSUM";
    public static final String INVOICE = "INVOICE";

    private String kind;
    @Column(name = "receipt_key") private String key;
    @Column(name = "claim_id") private long claimId;

    protected ClaimReceipt() {
    }

    public ClaimReceipt(String kind, String key, long claimId) {
        this.kind = kind;
        this.key = key;
        this.claimId = claimId;
    }

    public String kind() { return kind; }
    public String key() { return key; }
    public long claimId() { return claimId; }
}
