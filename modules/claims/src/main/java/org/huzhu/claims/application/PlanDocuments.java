package org.huzhu.claims.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.NoSuchElementException;
import org.huzhu.plans.api.PlanCatalog;
import org.huzhu.plans.api.PlanView;

/** What the tenant's plans say about claims: required documents, benefits, SLA days, names. */
@ApplicationScoped
public class PlanDocuments {

    @Inject
    PlanCatalog catalog;

    public PlanView plan(String planCode) {
        return catalog.plans().stream().filter(p -> p.code().equals(planCode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("planCode: no plan '" + planCode + "' / 无此保障计划"));
    }

    public List<PlanView.ClaimDocumentView> required(String planCode) {
        return plan(planCode).claimDocuments();
    }

    /** The SLA of the version in force on the date (the newest when none is), in working days. */
    public int slaDays(String planCode, java.time.LocalDate on) {
        List<PlanView.VersionView> versions = plan(planCode).versions();
        return versions.stream().filter(v -> !java.time.LocalDate.parse(v.effectiveFrom()).isAfter(on))
                .reduce((a, b) -> b).orElse(versions.get(versions.size() - 1)).claimSlaWorkingDays();
    }

    public void requireBenefit(String planCode, String benefitCode) {
        boolean known = plan(planCode).versions().stream().flatMap(v -> v.benefits().stream())
                .anyMatch(b -> b.code().equals(benefitCode));
        if (!known) {
            throw new IllegalArgumentException("benefitCode: plan " + planCode + " has no benefit '" + benefitCode
                    + "' / 该计划无此给付项目");
        }
    }

    public String name(String planCode) {
        try {
            return plan(planCode).nameZh();
        } catch (IllegalArgumentException | NoSuchElementException e) {
            return planCode;
        }
    }
}
