package org.huzhu.microloans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.huzhu.tenancy.api.TenantScopedEntity;

/** One published value of a reference rate (e.g. {@code LPR1Y}), kept for good: the history is the rate. */
@Entity
@Table(name = "loan_reference_rate")
public class ReferenceRate extends TenantScopedEntity {

    private String name;
    @Column(name = "effective_from") private LocalDate effectiveFrom;
    private BigDecimal percent;

    protected ReferenceRate() {
    }

    public ReferenceRate(String name, LocalDate effectiveFrom, BigDecimal percent) {
        this.name = name;
        this.effectiveFrom = effectiveFrom;
        this.percent = percent;
    }

    public String name() { return name; }
    public LocalDate effectiveFrom() { return effectiveFrom; }
    public BigDecimal percent() { return percent; }

    public ReferenceRates.Published published() {
        return new ReferenceRates.Published(effectiveFrom, percent);
    }
}
