package org.huzhu.plans.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.huzhu.kernel.money.Money;
import org.huzhu.plans.api.DraftRequest;
import org.huzhu.plans.api.PlanDrafting;
import org.huzhu.plans.api.PlanFileText;
import org.huzhu.plans.api.PlanFiles;
import org.huzhu.plans.api.PlanView;
import org.huzhu.plans.domain.Fee;
import org.huzhu.plans.domain.Plan;
import org.huzhu.plans.domain.PlanVersion;
import org.huzhu.plans.infrastructure.PlanDraft;
import org.huzhu.plans.infrastructure.PlanFile;
import org.huzhu.tenancy.api.AccessDeniedException;
import org.huzhu.tenancy.api.Caller;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.api.TenantEntityManager;

/**
 * An office admin drafts the next version of a plan (effective date, fee, units, waiting period, claim
 * SLA; the benefits carry over) and publishes it. Published versions never change: a draft only adds one.
 */
@ApplicationScoped
public class DraftingService implements PlanDrafting {

    @Inject
    TenantEntityManager entityManager;

    @Inject
    TenantContext context;

    @Override
    public Optional<PlanView> draft(String planCode) {
        requireOfficeAdmin();
        return findDraft(planCode).map(d -> PlanViews.of(d.toPlan()));
    }

    @Override
    @Transactional
    public PlanView saveDraft(String planCode, DraftRequest request) {
        Caller caller = requireOfficeAdmin();
        Plan published = fileOf(planCode).toPlan();
        Plan drafted = withNextVersion(published, request);
        Optional<PlanDraft> existing = findDraft(planCode);
        if (existing.isPresent()) {
            existing.get().revise(drafted, caller.username());
        } else {
            entityManager.get().persist(new PlanDraft(drafted, caller.username()));
        }
        return PlanViews.of(drafted);
    }

    @Override
    @Transactional
    public PlanView publish(String planCode) {
        requireOfficeAdmin();
        PlanDraft draft = findDraft(planCode).orElseThrow(() -> new IllegalArgumentException(
                "there is no draft of " + planCode + " to publish"));
        PlanFile file = fileOf(planCode);
        PlanFiles.requirePublishedUnchanged(List.of(new PlanFileText(planCode, planCode + ".yaml", file.content())),
                List.of(new PlanFileText(planCode, planCode + ".yaml", draft.content())));
        file.replaceWith(draft.content());
        entityManager.get().remove(draft);
        return PlanViews.of(draft.toPlan());
    }

    static Plan withNextVersion(Plan published, DraftRequest r) {
        PlanVersion latest = published.versions().get(published.versions().size() - 1);
        LocalDate from = QuoteFacts.date(r.effectiveFrom(), "effectiveFrom", true);
        if (!from.isAfter(latest.effectiveFrom())) {
            throw new IllegalArgumentException("effectiveFrom: must be after " + latest.effectiveFrom()
                    + ", when version " + latest.number() + " took effect");
        }
        Money fee = QuoteFacts.money(QuoteFacts.required(r.feePerUnit(), "feePerUnit"), "feePerUnit");
        if (fee.isNegative()) {
            throw new IllegalArgumentException("feePerUnit: must not be negative");
        }
        if (r.minUnits() < 1 || r.maxUnits() < r.minUnits() || r.maxUnits() > 100) {
            throw new IllegalArgumentException("maxUnits: units must satisfy 1 <= minUnits <= maxUnits <= 100");
        }
        if (r.waitingPeriodDays() < 0 || r.waitingPeriodDays() > 365) {
            throw new IllegalArgumentException("waitingPeriodDays: must be from 0 to 365");
        }
        if (r.claimSlaWorkingDays() < 1 || r.claimSlaWorkingDays() > 60) {
            throw new IllegalArgumentException("claimSlaWorkingDays: must be from 1 to 60");
        }
        PlanVersion next = new PlanVersion(latest.number() + 1, from, null, new Fee(fee, r.minUnits(), r.maxUnits()),
                latest.termYears(), latest.window(), latest.eligibility(), r.waitingPeriodDays(), latest.rounding(),
                latest.benefits(), r.claimSlaWorkingDays());
        List<PlanVersion> versions = new ArrayList<>(published.versions());
        versions.add(next);
        return new Plan(published.code(), published.name(), published.feeBased(), published.chooseOneGroup(),
                published.riderOf(), versions);
    }

    private PlanFile fileOf(String planCode) {
        return entityManager.get().createQuery("select f from PlanFile f where f.planCode = :code", PlanFile.class)
                .setParameter("code", planCode).getResultStream().findFirst()
                .orElseThrow(() -> new NoSuchElementException("no plan " + planCode));
    }

    private Optional<PlanDraft> findDraft(String planCode) {
        return entityManager.get().createQuery("select d from PlanDraft d where d.planCode = :code", PlanDraft.class)
                .setParameter("code", planCode).getResultStream().findFirst();
    }

    private Caller requireOfficeAdmin() {
        Caller caller = context.requireCaller();
        context.tenant();
        if (!caller.has(Role.OFFICE_ADMIN)) {
            throw new AccessDeniedException("only the office admin drafts and publishes plan versions");
        }
        return caller;
    }
}
