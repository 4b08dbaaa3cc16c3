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

    static List<String> lines(VersionView a, VersionView b, Function<String, String> label, boolean zh) {
        List<String> lines = new ArrayList<>();
        compare(lines, label.apply("plans.field.fee"), a.feePerUnit(), b.feePerUnit());
        compare(lines, label.apply("plans.field.units"), a.minUnits() + "-" + a.maxUnits(), b.minUnits() + "-" + b.maxUnits());
        compare(lines, label.apply("plans.field.term"), a.termYears(), b.termYears());
        compare(lines, label.apply("plans.field.waiting"), a.waitingPeriodDays(), b.waitingPeriodDays());
        compare(lines, label.apply("plans.field.sla"), a.claimSlaWorkingDays(), b.claimSlaWorkingDays());
        compare(lines, label.apply("plans.field.eligibility"), zh ? a.eligibilityZh() : a.eligibilityEn(),
                zh ? b.eligibilityZh() : b.eligibilityEn());
        Map<String, BenefitView> before = a.benefits().stream().collect(Collectors.toMap(BenefitView::code, x -> x));
        for (BenefitView after : b.benefits()) {
            BenefitView old = before.remove(after.code());
            List<String> rules = zh ? after.rulesZh() : after.rules();
            String name = zh ? after.nameZh() : after.nameEn();
            if (old == null) {
                lines.add("+ " + name + ": " + String.join("; ", rules));
            } else {
                List<String> oldRules = zh ? old.rulesZh() : old.rules();
                for (int i = 0; i < rules.size(); i++) {
                    String was = i < oldRules.size() ? oldRules.get(i) : "";
                    if (!was.equals(rules.get(i))) {
                        lines.add(name + ": " + was + " → " + rules.get(i));
                    }
                }
            }
        }
        before.values().forEach(gone -> lines.add("- " + (zh ? gone.nameZh() : gone.nameEn())));
        return lines;
    }

    private static void compare(List<String> lines, String label, Object before, Object after) {
        if (!String.valueOf(before).equals(String.valueOf(after))) {
            lines.add(label + ": " + before + " → " + after);
        }
    }
}
