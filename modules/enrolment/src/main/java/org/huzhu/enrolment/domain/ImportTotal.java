package org.huzhu.enrolment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.huzhu.tenancy.api.TenantScopedEntity;

/** The good rows of an import for one plan: members, units and fee, for the review and the fee statement. */
@Entity
@Table(name = "enrolment_import_total")
public class ImportTotal extends TenantScopedEntity {

    @Column(name = "import_id", nullable = false)
    private long importId;
    @Column(name = "plan_code", nullable = false)
    private String planCode;
    private int members;
    private int units;
    @Column(name = "fee_fen")
    private long feeFen;

    protected ImportTotal() {
    }

    public ImportTotal(long importId, String planCode) {
        this.importId = importId;
        this.planCode = planCode;
    }

    public void add(int moreMembers, int moreUnits, long moreFeeFen) {
        members += moreMembers;
        units += moreUnits;
        feeFen += moreFeeFen;
    }

    public String planCode() { return planCode; }
    public int members() { return members; }
    public int units() { return units; }
    public long feeFen() { return feeFen; }
}
