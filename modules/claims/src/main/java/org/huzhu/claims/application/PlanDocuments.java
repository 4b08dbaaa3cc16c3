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
        return slaDays(plan(planCode), on);
    }

    /** The same for a plan already looked up (a chunk of a settlement file asks for many dates). */
    public static int slaDays(PlanView plan, java.time.LocalDate on) {
        List<PlanView.VersionView> versions = plan.versions();
        return versions.stream().filter(v -> !java.time.LocalDate.parse(v.effectiveFrom()).isAfter(on))
                .reduce((a, b) -> b).orElse(versions.get(versions.size() - 1)).claimSlaWorkingDays();
    }

    /** The day the plan's first version took effect: no one can have been covered by it before. */
    public java.time.LocalDate firstTermStart(String planCode) {
        return plan(planCode).versions().stream().map(v -> java.time.LocalDate.parse(v.effectiveFrom()))
                .min(java.util.Comparator.naturalOrder()).orElseThrow();
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
