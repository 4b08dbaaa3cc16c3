package org.huzhu.provisioning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.huzhu.demodata.DemoCover;
import org.huzhu.kernel.identity.Gender;
import org.huzhu.plans.api.EnrolmentRules;
import org.huzhu.plans.api.PlanFileText;

/**
 * Which plans the demo members hold: for last year's and this year's terms (from 1 January), the first two
 * plans of the tenant's catalogue that any adult may take, a few more members each year, so the figures
 * show growth. Fees, versions and term ends come from the plan files.
 */
final class DemoCovers {

    private static final int PLANS = 2;

    private DemoCovers() {
    }

    static List<DemoCover> of(List<PlanFileText> planFiles, LocalDate today) {
        EnrolmentRules rules = EnrolmentRules.of(planFiles);
        List<DemoCover> covers = new ArrayList<>();
        for (int back = 1; back >= 0; back--) {
            LocalDate term = LocalDate.of(today.getYear() - back, 1, 1);
            int share = 7 - back;
            for (String code : rules.planNames().keySet().stream().filter(code -> openToAnyone(rules, code, term))
                    .limit(PLANS).toList()) {
                EnrolmentRules.Term t = rules.term(code, term).orElseThrow();
                covers.add(new DemoCover(code, t.version(), term, t.termEnd(), rules.feeFen(code, 1, term), share));
                share -= 2;
            }
        }
        return covers;
    }

    private static boolean openToAnyone(EnrolmentRules rules, String code, LocalDate term) {
        return rules.term(code, term).isPresent() && Set.of(Gender.MALE, Gender.FEMALE).stream().allMatch(g ->
                rules.refusal(code, 1, new EnrolmentRules.Applicant(g, term.minusYears(35), "ACTIVE", false, Set.of()),
                        term).isEmpty());
    }
}
