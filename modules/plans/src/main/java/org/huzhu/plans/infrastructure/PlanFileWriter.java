package org.huzhu.plans.infrastructure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.huzhu.kernel.money.Money;
import org.huzhu.plans.domain.AccidentTierBenefit;
import org.huzhu.plans.domain.Band;
import org.huzhu.plans.domain.Benefit;
import org.huzhu.plans.domain.DailyAllowanceBenefit;
import org.huzhu.plans.domain.Disease;
import org.huzhu.plans.domain.FixedSumBenefit;
import org.huzhu.plans.domain.Plan;
import org.huzhu.plans.domain.PlanVersion;
import org.huzhu.plans.domain.ReimbursementBenefit;
import org.huzhu.plans.domain.Text;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a plan back as a plan file, in the format {@link PlanFileParser} reads (a version published in the
 * portal is stored this way). Amounts are written as quoted text; each fixed-sum benefit gets its own
 * catalogue named after its version and code.
 */
public final class PlanFileWriter {

    private PlanFileWriter() {
    }

    public static String write(Plan plan) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("code", plan.code());
        root.put("name", text(plan.name()));
        root.put("feeBased", plan.feeBased());
        if (plan.chooseOneGroup() != null) {
            root.put("chooseOneGroup", plan.chooseOneGroup());
        }
        if (plan.riderOf() != null) {
            root.put("riderOf", plan.riderOf());
        }
        root.put("claimDocuments", plan.claimDocuments().stream().map(d -> {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("code", d.code());
            document.put("zh", d.name().zh());
            document.put("en", d.name().en());
            return document;
        }).toList());
        Map<String, Object> catalogues = new LinkedHashMap<>();
        List<Object> versions = new ArrayList<>();
        for (PlanVersion v : plan.versions()) {
            versions.add(version(v, catalogues));
        }
        if (!catalogues.isEmpty()) {
            root.put("catalogues", catalogues);
        }
        root.put("versions", versions);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        return new Yaml(options).dump(root);
    }

    private static Map<String, Object> version(PlanVersion v, Map<String, Object> catalogues) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", v.number());
        m.put("effectiveFrom", v.effectiveFrom().toString());
        m.put("fee", map("perUnit", yuan(v.fee().perUnit()), "minUnits", v.fee().minUnits(), "maxUnits", v.fee().maxUnits()));
        m.put("termYears", v.termYears());
        m.put("window", map("from", monthDay(v.window().from()), "to", monthDay(v.window().to())));
        Map<String, Object> eligibility = new LinkedHashMap<>();
        if (v.eligibility().gender() != null) {
            eligibility.put("gender", v.eligibility().gender().name());
        }
        eligibility.put("minAge", v.eligibility().minAge());
        eligibility.put("maxAge", v.eligibility().maxAge());
        eligibility.put("memberStatuses", new ArrayList<>(new java.util.TreeSet<>(v.eligibility().memberStatuses())));
        eligibility.put("gigWorkersOnly", v.eligibility().gigWorkersOnly());
        if (!v.eligibility().orgUnits().isEmpty()) {
            eligibility.put("orgUnits", new ArrayList<>(new java.util.TreeSet<>(v.eligibility().orgUnits())));
        }
        m.put("eligibility", eligibility);
        m.put("waitingPeriodDays", v.waitingPeriodDays());
        m.put("claimSlaWorkingDays", v.claimSlaWorkingDays());
        m.put("rounding", v.rounding().name());
        List<Object> benefits = new ArrayList<>();
        for (Benefit b : v.benefits()) {
            benefits.add(benefit(b, "v" + v.number() + "-" + b.code(), catalogues));
        }
        m.put("benefits", benefits);
        return m;
    }

    private static Map<String, Object> benefit(Benefit b, String catalogueName, Map<String, Object> catalogues) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", b.code());
        m.put("name", text(b.name()));
        if (b instanceof FixedSumBenefit f) {
            m.put("kind", "fixed-sum");
            m.put("perUnit", yuan(f.perUnit()));
            m.put("maxPaymentsPerTerm", f.maxPaymentsPerTerm());
            m.put("catalogue", catalogueName);
            List<Object> diseases = new ArrayList<>();
            for (Disease d : f.catalogue().values()) {
                diseases.add(map("code", d.code(), "zh", d.name().zh(), "en", d.name().en()));
            }
            catalogues.put(catalogueName, diseases);
        } else if (b instanceof AccidentTierBenefit a) {
            m.put("kind", "accident-tiers");
            m.put("tierMaxima", a.tierMaxima().stream().map(PlanFileWriter::yuan).toList());
            Map<Integer, Object> shares = new LinkedHashMap<>();
            new java.util.TreeMap<>(a.gradeShares()).forEach((g, p) -> shares.put(g, p.toPlainString()));
            m.put("gradeShares", shares);
        } else if (b instanceof DailyAllowanceBenefit d) {
            m.put("kind", "daily-allowance");
            m.putAll(map("perDay", yuan(d.perDay()), "deductibleDays", d.deductibleDays(), "maxDaysPerStay",
                    d.maxDaysPerStay(), "perStayCap", yuan(d.perStayCap()), "yearlyCap", yuan(d.yearlyCap()),
                    "maxStaysPerYear", d.maxStaysPerYear()));
        } else {
            ReimbursementBenefit r = (ReimbursementBenefit) b;
            m.put("kind", "reimbursement");
            m.put("deductible", yuan(r.deductible()));
            List<Object> bands = new ArrayList<>();
            for (Band band : r.bands()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("from", yuan(band.from()));
                if (band.to() != null) {
                    entry.put("to", yuan(band.to()));
                }
                entry.put("percent", band.percent().toPlainString());
                bands.add(entry);
            }
            m.put("bands", bands);
            m.put("perClaimCap", yuan(r.perClaimCap()));
            m.put("yearlyCap", yuan(r.yearlyCap()));
        }
        return m;
    }

    private static Map<String, Object> text(Text text) {
        return map("zh", text.zh(), "en", text.en());
    }

    private static String yuan(Money money) {
        return money.toString();
    }

    private static String monthDay(java.time.MonthDay day) {
        return String.format("%02d-%02d", day.getMonthValue(), day.getDayOfMonth());
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
