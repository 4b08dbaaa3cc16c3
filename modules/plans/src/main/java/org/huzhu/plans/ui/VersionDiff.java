package org.huzhu.plans.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.huzhu.plans.api.PlanView.BenefitView;
import org.huzhu.plans.api.PlanView.VersionView;

/** What changed from one version to another, one line per changed figure. */
final class VersionDiff {

    private VersionDiff() {
    }

    static List<String> lines(VersionView a, VersionView b, RuleLines.Translations t, boolean zh) {
        return lines(a, b, t, zh, new UnitNames(Map.of(), zh));
    }

    static List<String> lines(VersionView a, VersionView b, RuleLines.Translations t, boolean zh, UnitNames units) {
        List<String> lines = new ArrayList<>();
        compare(lines, t.get("plans.field.fee"), a.feePerUnit(), b.feePerUnit());
        compare(lines, t.get("plans.field.units"), a.minUnits() + "-" + a.maxUnits(), b.minUnits() + "-" + b.maxUnits());
        compare(lines, t.get("plans.field.term"), a.termYears(), b.termYears());
        compare(lines, t.get("plans.field.waiting"), a.waitingPeriodDays(), b.waitingPeriodDays());
        compare(lines, t.get("plans.field.sla"), a.claimSlaWorkingDays(), b.claimSlaWorkingDays());
        compare(lines, t.get("plans.field.eligibility"), units.in(zh ? a.eligibilityZh() : a.eligibilityEn()),
                units.in(zh ? b.eligibilityZh() : b.eligibilityEn()));
        Map<String, BenefitView> before = a.benefits().stream().collect(Collectors.toMap(BenefitView::code, x -> x));
        for (BenefitView after : b.benefits()) {
            BenefitView old = before.remove(after.code());
            List<String> rules = RuleLines.of(after, t);
            String name = zh ? after.nameZh() : after.nameEn();
            if (old == null) {
                lines.add("+ " + name + ": " + String.join("; ", rules));
            } else {
                List<String> oldRules = RuleLines.of(old, t);
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
