package org.huzhu.plans.application;

import java.util.ArrayList;
import java.util.List;
import org.huzhu.plans.api.PlanView;
import org.huzhu.plans.domain.AccidentTierBenefit;
import org.huzhu.plans.domain.Benefit;
import org.huzhu.plans.domain.DailyAllowanceBenefit;
import org.huzhu.plans.domain.Eligibility;
import org.huzhu.plans.domain.FixedSumBenefit;
import org.huzhu.plans.domain.Plan;
import org.huzhu.plans.domain.PlanVersion;
import org.huzhu.plans.domain.ReimbursementBenefit;

/** Plans as the API and the portal show them: figures as plain lines a clerk can read. */
final class PlanViews {

    private PlanViews() {
    }

    static PlanView of(Plan plan) {
        return new PlanView(plan.code(), plan.name().zh(), plan.name().en(), plan.feeBased(), plan.chooseOneGroup(),
                plan.riderOf(), plan.versions().stream().map(PlanViews::version).toList(),
                plan.claimDocuments().stream().map(d -> new PlanView.ClaimDocumentView(d.code(), d.name().zh(),
                        d.name().en())).toList());
    }

    private static PlanView.VersionView version(PlanVersion v) {
        return new PlanView.VersionView(v.number(), v.effectiveFrom().toString(),
                v.effectiveTo() == null ? null : v.effectiveTo().toString(), v.fee().perUnit().toString(),
                v.fee().minUnits(), v.fee().maxUnits(), v.termYears(), v.window().from() + " .. " + v.window().to(),
                v.waitingPeriodDays(), v.claimSlaWorkingDays(), eligibility(v.eligibility(), true),
                eligibility(v.eligibility(), false), v.benefits().stream().map(PlanViews::benefit).toList());
    }

    private static String eligibility(Eligibility e, boolean zh) {
        List<String> parts = new ArrayList<>();
        if (e.gender() != null) {
            parts.add(zh ? (e.gender().name().equals("FEMALE") ? "女职工" : "男职工") : e.gender().name().toLowerCase(java.util.Locale.ROOT));
        }
        parts.add(zh ? e.minAge() + "至" + e.maxAge() + "周岁" : "aged " + e.minAge() + "-" + e.maxAge());
        if (e.gigWorkersOnly()) {
            parts.add(zh ? "新就业形态劳动者" : "gig workers");
        }
        if (!e.orgUnits().isEmpty()) {
            parts.add((zh ? "限单位 " : "units ") + String.join(zh ? "、" : ", ", e.orgUnits().stream().sorted().toList()));
        }
        return String.join(zh ? "，" : ", ", parts);
    }

    private static PlanView.BenefitView benefit(Benefit b) {
        if (b instanceof FixedSumBenefit f) {
            return view(b, "fixed-sum", List.of("perUnit=" + f.perUnit(), "diseases=" + f.catalogue().size(),
                    "maxPaymentsPerTerm=" + f.maxPaymentsPerTerm()), List.of("每份" + f.perUnit() + "元",
                    "病种" + f.catalogue().size() + "种", "每期最多给付" + f.maxPaymentsPerTerm() + "次"), f.perUnit().toString());
        }
        if (b instanceof AccidentTierBenefit a) {
            return view(b, "accident-tiers", List.of("tierMaxima=" + a.tierMaxima(), "gradeShares=" + a.gradeShares()),
                    List.of("各档最高" + String.join("/", a.tierMaxima().stream().map(Object::toString).toList()) + "元",
                            "伤残按等级给付" + a.gradeShares().values().stream().map(p -> p.toPlainString() + "%").toList()),
                    String.join(",", a.tierMaxima().stream().map(Object::toString).toList()));
        }
        if (b instanceof DailyAllowanceBenefit d) {
            return view(b, "daily-allowance", List.of("perDay=" + d.perDay(), "deductibleDays=" + d.deductibleDays(),
                    "maxDaysPerStay=" + d.maxDaysPerStay(), "perStayCap=" + d.perStayCap(),
                    "yearlyCap=" + d.yearlyCap(), "maxStaysPerYear=" + d.maxStaysPerYear()),
                    List.of("每天" + d.perDay() + "元/份", "免赔" + d.deductibleDays() + "天", "每次最多" + d.maxDaysPerStay() + "天",
                            "每次最高" + d.perStayCap() + "元", "年度最高" + d.yearlyCap() + "元", "每年最多" + d.maxStaysPerYear() + "次"),
                    d.perDay().toString());
        }
        ReimbursementBenefit r = (ReimbursementBenefit) b;
        return view(b, "reimbursement", List.of("deductible=" + r.deductible(),
                "bands=" + r.bands().stream().map(x -> x.from() + "-" + (x.to() == null ? "" : x.to()) + ":"
                        + x.percent().toPlainString() + "%").toList(),
                "perClaimCap=" + r.perClaimCap(), "yearlyCap=" + r.yearlyCap()),
                List.of("起付线" + r.deductible() + "元", "分段给付" + r.bands().stream().map(x -> x.from() + "~"
                                + (x.to() == null ? "" : x.to()) + "元 " + x.percent().toPlainString() + "%").toList(),
                        "单次最高" + r.perClaimCap() + "元", "年度封顶" + r.yearlyCap() + "元"), r.yearlyCap().toString());
    }

    private static PlanView.BenefitView view(Benefit b, String kind, List<String> rules, List<String> rulesZh,
                                             String mainAmount) {
        return new PlanView.BenefitView(b.code(), kind, b.name().zh(), b.name().en(), rules, rulesZh, mainAmount);
    }
}
