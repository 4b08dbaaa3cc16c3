package org.huzhu.plans.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.huzhu.plans.api.PlanView.BenefitView;
import org.huzhu.plans.api.PlanView.VersionView;

/** What changed from one version to another, one line per changed figure. */
final class VersionDiff {

    private VersionDiff() {
    }

    static List<String> lines(VersionView a, VersionView b, Function<String, String> label) {
        List<String> lines = new ArrayList<>();
        compare(lines, label.apply("plans.field.fee"), a.feePerUnit(), b.feePerUnit());
        compare(lines, label.apply("plans.field.units"), a.minUnits() + "-" + a.maxUnits(), b.minUnits() + "-" + b.maxUnits());
        compare(lines, label.apply("plans.field.term"), a.termYears(), b.termYears());
        compare(lines, label.apply("plans.field.waiting"), a.waitingPeriodDays(), b.waitingPeriodDays());
        compare(lines, label.apply("plans.field.sla"), a.claimSlaWorkingDays(), b.claimSlaWorkingDays());
        compare(lines, label.apply("plans.field.eligibility"), a.eligibilityZh(), b.eligibilityZh());
        Map<String, BenefitView> before = a.benefits().stream().collect(Collectors.toMap(BenefitView::code, x -> x));
        for (BenefitView after : b.benefits()) {
            BenefitView old = before.remove(after.code());
            if (old == null) {
                lines.add("+ " + after.nameZh() + ": " + String.join("; ", after.rules()));
            } else {
                for (int i = 0; i < after.rules().size(); i++) {
                    String was = i < old.rules().size() ? old.rules().get(i) : "";
                    if (!was.equals(after.rules().get(i))) {
                        lines.add(after.nameZh() + ": " + was + " → " + after.rules().get(i));
                    }
                }
            }
        }
        before.values().forEach(gone -> lines.add("- " + gone.nameZh()));
        return lines;
    }

    private static void compare(List<String> lines, String label, Object before, Object after) {
        if (!String.valueOf(before).equals(String.valueOf(after))) {
            lines.add(label + ": " + before + " → " + after);
        }
    }
}
