package org.huzhu.plans.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.huzhu.kernel.money.Money;
import org.huzhu.plans.api.DraftRequest;
import org.huzhu.plans.domain.Fee;
import org.huzhu.plans.domain.Plan;
import org.huzhu.plans.domain.PlanVersion;

/** The rules of a drafted version: it follows the last one, and every figure is checked by name. */
final class Drafts {

    private Drafts() {
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
                DraftBenefits.revise(latest.benefits(), r.benefitAmounts()), r.claimSlaWorkingDays());
        List<PlanVersion> versions = new ArrayList<>(published.versions());
        versions.add(next);
        return new Plan(published.code(), published.name(), published.feeBased(), published.chooseOneGroup(),
                published.riderOf(), versions, published.claimDocuments());
    }

}
