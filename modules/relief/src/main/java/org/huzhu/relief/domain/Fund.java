package org.huzhu.relief.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.huzhu.tenancy.api.TenantScopedEntity;

/** The tenant's relief fund: its balance and totals. Every movement holds this row's lock. */
@Entity
@Table(name = "relief_fund")
public class Fund extends TenantScopedEntity {

    @Column(name = "balance_fen", nullable = false)
    private long balanceFen;
    @Column(name = "donated_fen", nullable = false)
    private long donatedFen;
    @Column(name = "granted_fen", nullable = false)
    private long grantedFen;

    public Fund() {
        // an empty fund, made with the tenant's first donation
    }

    public FundLedger ledger() {
        return new FundLedger(balanceFen);
    }

    /** Takes the movement the ledger allowed. */
    public void moved(FundLedger.Movement movement) {
        if (movement.amountFen() > 0) {
            donatedFen += movement.amountFen();
        } else {
            grantedFen -= movement.amountFen();
        }
        balanceFen = movement.balanceAfterFen();
    }

    public long balanceFen() { return balanceFen; }
    public long donatedFen() { return donatedFen; }
    public long grantedFen() { return grantedFen; }
}
