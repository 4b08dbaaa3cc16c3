package org.huzhu.plans.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.huzhu.kernel.tenant.TenantId;
import org.huzhu.plans.api.PlanCatalog;
import org.huzhu.plans.api.PlanQuotes;
import org.huzhu.plans.api.PlanView;
import org.huzhu.plans.api.QuoteRequest;
import org.huzhu.plans.api.QuoteResult;
import org.huzhu.plans.domain.BenefitEngine;
import org.huzhu.plans.domain.Cover;
import org.huzhu.plans.domain.Evaluation;
import org.huzhu.plans.domain.Plan;
import org.huzhu.plans.domain.PlanVersion;
import org.huzhu.plans.infrastructure.PlanFile;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.api.TenantEntityManager;

/**
 * The tenant's catalogue, parsed from its stored plan files once per change (the newest applied_at is the
 * cache key), and quotes valued by the engine against the version in force on the enrolment's term start.
 */
@ApplicationScoped
public class CatalogService implements PlanCatalog {

    private final BenefitEngine engine = new BenefitEngine();
    private final Map<TenantId, Snapshot> cache = new ConcurrentHashMap<>();

    @Inject
    TenantEntityManager entityManager;

    @Inject
    TenantContext context;

    @Override
    public List<PlanView> plans() {
        return catalogue().stream().map(PlanViews::of).toList();
    }

    @Override
    public org.huzhu.plans.api.EnrolmentRules enrolmentRules() {
        return org.huzhu.plans.api.EnrolmentRules.ofPlans(catalogue());
    }

    @Override
    public Optional<String> file(String planCode) {
        return entityManager.get().createQuery("select f from PlanFile f where f.planCode = :code", PlanFile.class)
                .setParameter("code", planCode).getResultStream().findFirst().map(PlanFile::content);
    }

    @Override
    public Map<String, PlanName> namesIn(jakarta.persistence.EntityManager tenantBound) {
        Map<String, PlanName> names = new java.util.LinkedHashMap<>();
        tenantBound.createQuery("select f from PlanFile f order by f.planCode", PlanFile.class).getResultList()
                .stream().map(PlanFile::toPlan).forEach(p -> names.put(p.code(), new PlanName(p.name().zh(),
                        p.name().en())));
        return names;
    }

    @Override
    public QuoteResult quote(String planCode, QuoteRequest request) {
        return snapshot().quote(planCode, request);
    }

    @Override
    public PlanQuotes snapshot() {
        List<Plan> plans = catalogue();
        Map<String, Plan> byCode = new java.util.HashMap<>();
        plans.forEach(p -> byCode.put(p.code(), p));
        org.huzhu.plans.api.EnrolmentRules rules = org.huzhu.plans.api.EnrolmentRules.ofPlans(plans);
        return new PlanQuotes() {
            @Override
            public QuoteResult quote(String planCode, QuoteRequest request) {
                Plan plan = byCode.get(planCode);
                if (plan == null) {
                    throw new java.util.NoSuchElementException("no plan " + planCode);
                }
                return CatalogService.this.quote(plan, request);
            }

            @Override
            public org.huzhu.plans.api.EnrolmentRules enrolmentRules() {
                return rules;
            }
        };
    }

    private QuoteResult quote(Plan plan, QuoteRequest request) {
        String planCode = plan.code();
        LocalDate termStart = QuoteFacts.date(request.termStart(), "termStart", true);
        PlanVersion version = plan.versionOn(termStart).orElseThrow(() -> new IllegalArgumentException(
                "termStart: no version of " + planCode + " is in force on " + termStart));
        int units = request.units() == null ? version.fee().minUnits() : request.units();
        if (!version.fee().allows(units)) {
            throw new IllegalArgumentException("units: " + units + " is outside " + version.fee().minUnits() + ".."
                    + version.fee().maxUnits());
        }
        LocalDate coverStart = request.coverStart() == null ? termStart
                : QuoteFacts.date(request.coverStart(), "coverStart", true);
        Cover cover = new Cover(planCode, version.number(), units, termStart,
                termStart.plusYears(version.termYears()).minusDays(1), coverStart);
        Evaluation e = engine.evaluate(version, cover, QuoteFacts.history(request), QuoteFacts.facts(request));
        return new QuoteResult(planCode, version.number(), e.payable().toString(),
                e.reason() == null ? null : e.reason().name(), e.steps().stream().map(s -> new QuoteResult.StepView(
                s.rule(), s.text().zh(), s.text().en(), s.before().toString(), s.after().toString())).toList());
    }

    private List<Plan> catalogue() {
        TenantId tenant = context.tenant();
        Object[] state = entityManager.get()
                .createQuery("select max(f.appliedAt), count(f) from PlanFile f", Object[].class).getSingleResult();
        String stamp = state[0] + "/" + state[1];
        Snapshot known = cache.get(tenant);
        if (known == null || !known.stamp.equals(stamp)) {
            List<PlanFile> files = entityManager.get()
                    .createQuery("select f from PlanFile f order by f.planCode", PlanFile.class).getResultList();
            known = new Snapshot(stamp, files.stream().map(PlanFile::toPlan).toList());
            cache.put(tenant, known);
        }
        return known.plans;
    }

    private record Snapshot(String stamp, List<Plan> plans) {
    }
}
