package org.huzhu.plans.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.huzhu.plans.api.DraftRequest;
import org.huzhu.plans.api.PlanDrafting;
import org.huzhu.plans.api.PlanFileText;
import org.huzhu.plans.api.PlanFiles;
import org.huzhu.plans.api.PlanView;
import org.huzhu.plans.domain.Plan;
import org.huzhu.plans.infrastructure.PlanDraft;
import org.huzhu.plans.infrastructure.PlanFile;
import org.huzhu.tenancy.api.AccessDeniedException;
import org.huzhu.tenancy.api.Caller;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.api.TenantEntityManager;

/**
 * An office admin drafts the next version of a plan (effective date, fee, units, waiting period, claim
 * SLA, the main amount of each benefit; the other rules carry over) and publishes it. Published versions never change: a draft only adds one.
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
        Plan drafted = Drafts.withNextVersion(published, request);
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
