package org.huzhu.microloans.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.huzhu.microloans.api.ProductTerms;
import org.huzhu.microloans.api.ProductView;
import org.huzhu.microloans.api.RateView;
import org.huzhu.microloans.domain.LoanProduct;
import org.huzhu.microloans.domain.ReferenceRate;
import org.huzhu.microloans.domain.ReferenceRates;
import org.huzhu.microloans.domain.Refusals;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.RetriedOnConflict;
import org.huzhu.tenancy.api.TenantEntityManager;

/**
 * The tenant's products (from tenant-config) and reference rates (from tenant-config and the office).
 * A change the database refuses for a conflict (a deadlock, or Galera's certification) is made again whole: all it
 * does is in the database.
 */
@ApplicationScoped
@RetriedOnConflict
public class LoanProductService {

    @Inject
    TenantEntityManager entityManager;

    @Inject
    LoanAccess access;

    @Inject
    LoanAuditTrail audit;

    public List<ProductView> list() {
        return entityManager.get().createQuery("SELECT p FROM LoanProduct p ORDER BY p.code", LoanProduct.class)
                .getResultList().stream().map(this::view).toList();
    }

    /** An active product by code; 400 naming {@code productCode} otherwise. */
    public LoanProduct require(String code) {
        if (code == null || code.isBlank()) {
            throw Refusals.required("productCode");
        }
        return entityManager.get().createQuery("SELECT p FROM LoanProduct p WHERE p.code = :c", LoanProduct.class)
                .setParameter("c", code.strip()).getResultStream().filter(LoanProduct::active).findFirst()
                .orElseThrow(() -> Refused.badInput("productCode", "microloans.refused.unknownProduct", code.strip()));
    }

    /** Any product by code, active or not (loans keep naming retired ones). */
    public LoanProduct find(String code) {
        return entityManager.get().createQuery("SELECT p FROM LoanProduct p WHERE p.code = :c", LoanProduct.class)
                .setParameter("c", code).getSingleResult();
    }

    public ReferenceRates history(String name) {
        return history(entityManager.get(), name);
    }

    /** A reference rate's whole history through a given entity manager (headquarters reads each city's). */
    static ReferenceRates history(EntityManager em, String name) {
        if (name == null) {
            return ReferenceRates.none();
        }
        return ReferenceRates.of(em.createQuery("SELECT r FROM ReferenceRate r WHERE r.name = :n",
                ReferenceRate.class).setParameter("n", name).getResultList().stream().map(ReferenceRate::published)
                .toList());
    }

    public List<RateView> rates() {
        return entityManager.get().createQuery("SELECT r FROM ReferenceRate r ORDER BY r.name, r.effectiveFrom",
                ReferenceRate.class).getResultList().stream()
                .map(r -> new RateView(r.name(), r.effectiveFrom(), r.percent())).toList();
    }

    /** A newly published value (the LPR moves on the 20th): kept beside the earlier ones, never replacing them. */
    @Transactional
    public RateView publish(String name, LocalDate from, BigDecimal percent) {
        if (name == null || !name.strip().matches("[A-Za-z0-9]{2,20}")) {
            throw Refused.badInput("name", "microloans.refused.rateName");
        }
        if (from == null) {
            throw Refusals.required("effectiveFrom");
        }
        if (percent == null || percent.signum() < 0 || percent.compareTo(BigDecimal.TEN) > 0 || percent.scale() > 4) {
            throw Refused.badInput("percent", "microloans.refused.rate");
        }
        if (history(name.strip()).history().stream().anyMatch(p -> p.effectiveFrom().equals(from))) {
            throw Refused.conflict("microloans.refused.rateExists", name.strip(), from.toString());
        }
        ReferenceRate rate = new ReferenceRate(name.strip(), from, percent);
        entityManager.get().persist(rate);
        entityManager.get().flush();
        audit.record(LoanAuditTrail.RATE, 0, "RATE_PUBLISHED", access.actor(), null, null, rate.name(), from,
                percent.toPlainString());
        return new RateView(rate.name(), from, percent);
    }

    /** A product's terms by code, active or not: an application's banks and guarantors are its product's. */
    public ProductTerms terms(String code) {
        return view(find(code)).terms();
    }

    private ProductView view(LoanProduct p) {
        ProductTerms terms = new ProductTerms(p.code(), p.nameZh(), p.nameEn(), p.borrowerKind(), p.minAmountFen(),
                p.maxAmountFen(), p.minMonths(), p.maxMonths(), p.bankPercent(), p.borrowerFixedPercent(),
                p.referenceRate(), p.marginBp(), p.method(), p.settlement(), p.subsidyMonths(), p.requiredDocuments(),
                p.partnerBanks(), p.guarantors());
        BigDecimal today;
        try {
            today = p.borrowerRate().percentOn(LocalDate.now(), history(p.referenceRate()), p.bankPercent());
        } catch (IllegalStateException e) {
            today = null; // no reference rate published yet
        }
        return new ProductView(terms, p.active(), today, today == null ? null : p.bankPercent().subtract(today));
    }
}
