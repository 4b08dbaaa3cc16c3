package org.huzhu.plans.infrastructure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.huzhu.kernel.config.ConfigFields;
import org.huzhu.kernel.money.Money;
import org.huzhu.plans.domain.AccidentTierBenefit;
import org.huzhu.plans.domain.Band;
import org.huzhu.plans.domain.Benefit;
import org.huzhu.plans.domain.DailyAllowanceBenefit;
import org.huzhu.plans.domain.Disease;
import org.huzhu.plans.domain.FixedSumBenefit;
import org.huzhu.plans.domain.ReimbursementBenefit;

/** The benefits of a version, by kind: fixed-sum, accident-tiers, daily-allowance, reimbursement. */
final class BenefitParser {

    private BenefitParser() {
    }

    static Map<String, List<Disease>> catalogues(ConfigFields root) {
        Map<String, List<Disease>> catalogues = new LinkedHashMap<>();
        for (Object name : root.rawMap("catalogues").keySet()) {
            List<Disease> diseases = new ArrayList<>();
            Set<String> codes = new HashSet<>();
            for (ConfigFields d : root.object("catalogues").list(name.toString())) {
                String code = d.text("code");
                if (!codes.add(code)) {
                    throw d.error("code", "disease " + code + " is listed twice");
                }
                diseases.add(new Disease(code, PlanFileParser.text(d)));
            }
            catalogues.put(name.toString(), List.copyOf(diseases));
        }
        return catalogues;
    }

    static List<Benefit> benefits(ConfigFields version, List<ConfigFields> entries, Map<String, List<Disease>> catalogues) {
        List<Benefit> benefits = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            ConfigFields b = entries.get(i);
            String code = b.text("code");
            if (!codes.add(code)) {
                throw version.error("benefits[" + i + "].code", "benefit " + code + " is listed twice");
            }
            benefits.add(benefit(b, code, catalogues));
        }
        return benefits;
    }

    private static Benefit benefit(ConfigFields b, String code, Map<String, List<Disease>> catalogues) {
        String kind = b.text("kind");
        return switch (kind) {
            case "fixed-sum" -> new FixedSumBenefit(code, PlanFileParser.text(b.object("name")), positive(b, "perUnit"),
                    catalogue(b, catalogues), b.number("maxPaymentsPerTerm", 1, 100, 1));
            case "accident-tiers" -> accidentTiers(b, code);
            case "daily-allowance" -> new DailyAllowanceBenefit(code, PlanFileParser.text(b.object("name")),
                    positive(b, "perDay"), b.number("deductibleDays", 0, 30, 0), b.number("maxDaysPerStay", 1, 365),
                    positive(b, "perStayCap"), positive(b, "yearlyCap"), b.number("maxStaysPerYear", 1, 100, 100));
            case "reimbursement" -> new ReimbursementBenefit(code, PlanFileParser.text(b.object("name")),
                    b.money("deductible"), bands(b), positive(b, "perClaimCap"), positive(b, "yearlyCap"));
            default -> throw b.error("kind", "unknown kind '" + kind
                    + "'; one of fixed-sum, accident-tiers, daily-allowance, reimbursement");
        };
    }

    private static Map<String, Disease> catalogue(ConfigFields b, Map<String, List<Disease>> catalogues) {
        String name = b.text("catalogue");
        List<Disease> diseases = catalogues.get(name);
        if (diseases == null || diseases.isEmpty()) {
            throw b.error("catalogue", "no catalogue '" + name + "' under catalogues: of this file");
        }
        Map<String, Disease> byCode = new LinkedHashMap<>();
        diseases.forEach(d -> byCode.put(d.code(), d));
        return byCode;
    }

    private static AccidentTierBenefit accidentTiers(ConfigFields b, String code) {
        List<String> maxima = b.texts("tierMaxima");
        List<Money> tiers = new ArrayList<>();
        for (int i = 0; i < maxima.size(); i++) {
            Money tier;
            try {
                tier = Money.ofYuan(maxima.get(i));
            } catch (IllegalArgumentException e) {
                throw b.error("tierMaxima[" + i + "]", e.getMessage());
            }
            if (!tiers.isEmpty() && tier.compareTo(tiers.get(tiers.size() - 1)) <= 0) {
                throw b.error("tierMaxima[" + i + "]", "tiers must rise: " + tier + " is not above the tier before");
            }
            tiers.add(tier);
        }
        Map<Integer, BigDecimal> shares = new TreeMap<>();
        for (Map.Entry<?, ?> entry : b.rawMap("gradeShares").entrySet()) {
            if (!(entry.getKey() instanceof Integer g) || g < 1 || g > 10) {
                throw b.error("gradeShares." + entry.getKey(), "a disability grade is 1 to 10");
            }
            shares.put(g, b.percentOf("gradeShares." + g, entry.getValue()));
        }
        return new AccidentTierBenefit(code, PlanFileParser.text(b.object("name")), tiers, shares);
    }

    private static List<Band> bands(ConfigFields b) {
        List<Band> bands = new ArrayList<>();
        Money expectedFrom = Money.ZERO;
        List<ConfigFields> entries = b.list("bands");
        for (int i = 0; i < entries.size(); i++) {
            ConfigFields band = entries.get(i);
            Money from = band.money("from");
            if (!from.equals(expectedFrom)) {
                throw band.error("from", "bands must follow each other from 0: expected " + expectedFrom);
            }
            Money to = band.has("to") ? band.money("to") : null;
            if (to == null && i < entries.size() - 1) {
                throw band.error("to", "only the last band may be open-ended");
            }
            if (to != null && to.compareTo(from) <= 0) {
                throw band.error("to", "must be above from");
            }
            bands.add(new Band(from, to, band.percent("percent")));
            expectedFrom = to;
        }
        if (bands.isEmpty()) {
            throw b.error("bands", "at least one band");
        }
        return bands;
    }

    private static Money positive(ConfigFields b, String key) {
        Money amount = b.money(key);
        if (amount.isNegative() || amount.isZero()) {
            throw b.error(key, "must be above zero");
        }
        return amount;
    }
}
