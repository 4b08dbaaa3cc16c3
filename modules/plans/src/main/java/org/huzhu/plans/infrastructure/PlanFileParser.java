package org.huzhu.plans.infrastructure;

import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.huzhu.kernel.config.ConfigException;
import org.huzhu.kernel.config.ConfigFields;
import org.huzhu.kernel.identity.Gender;
import org.huzhu.kernel.money.Money;
import org.huzhu.plans.domain.Eligibility;
import org.huzhu.plans.domain.EnrolmentWindow;
import org.huzhu.plans.domain.Fee;
import org.huzhu.plans.domain.Plan;
import org.huzhu.plans.domain.PlanVersion;
import org.huzhu.plans.domain.Text;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/** Reads one plan file. Every mistake is refused with the file, the field and the rule. */
public final class PlanFileParser {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,47}");
    private static final Set<String> ROUNDINGS = Set.of("HALF_UP", "HALF_EVEN", "DOWN", "UP");

    private PlanFileParser() {
    }

    public static Plan parse(String fileName, Reader source) {
        ConfigFields root = new ConfigFields(fileName, read(fileName, source));
        String code = root.text("code");
        if (!CODE.matcher(code).matches()) {
            throw root.error("code", "must be 2-48 lower-case letters, digits or '-', starting with a letter");
        }
        Map<String, List<org.huzhu.plans.domain.Disease>> catalogues = root.has("catalogues")
                ? BenefitParser.catalogues(root) : Map.of();
        List<PlanVersion> versions = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        Set<java.time.LocalDate> starts = new HashSet<>();
        List<ConfigFields> entries = root.list("versions");
        if (entries.isEmpty()) {
            throw root.error("versions", "a plan needs at least one version");
        }
        for (int i = 0; i < entries.size(); i++) {
            PlanVersion version = version(entries.get(i), catalogues);
            if (!numbers.add(version.number())) {
                throw root.error("versions[" + i + "].version", "version " + version.number() + " is listed twice");
            }
            if (!starts.add(version.effectiveFrom())) {
                throw root.error("versions[" + i + "].effectiveFrom", "another version starts on " + version.effectiveFrom());
            }
            versions.add(version);
        }
        requireNumbersFollowDates(root, versions);
        String group = root.has("chooseOneGroup") ? root.text("chooseOneGroup") : null;
        String rider = root.has("riderOf") ? root.text("riderOf") : null;
        Text name = text(root.object("name"));
        boolean feeBased = root.flag("feeBased", false);
        return root.has("claimDocuments")
                ? new Plan(code, name, feeBased, group, rider, versions, claimDocuments(root))
                : new Plan(code, name, feeBased, group, rider, versions);
    }

    /** {@code claimDocuments: [ { code: invoice, zh: 医疗费用发票, en: Medical invoice } ]}: what a claim must come with. */
    private static List<org.huzhu.plans.domain.ClaimDocument> claimDocuments(ConfigFields root) {
        List<org.huzhu.plans.domain.ClaimDocument> documents = new ArrayList<>();
        for (ConfigFields d : root.list("claimDocuments")) {
            String code = d.text("code");
            if (!CODE.matcher(code).matches()) {
                throw d.error("code", "must be 2-48 lower-case letters, digits or '-', starting with a letter");
            }
            documents.add(new org.huzhu.plans.domain.ClaimDocument(code, Text.of(d.text("zh"), d.text("en"))));
        }
        return documents;
    }

    private static void requireNumbersFollowDates(ConfigFields root, List<PlanVersion> versions) {
        List<PlanVersion> byDate = new ArrayList<>(versions);
        byDate.sort(java.util.Comparator.comparing(PlanVersion::effectiveFrom));
        for (int i = 1; i < byDate.size(); i++) {
            if (byDate.get(i).number() <= byDate.get(i - 1).number()) {
                throw root.error("versions", "version numbers must rise with their effective dates (version "
                        + byDate.get(i).number() + " starts after version " + byDate.get(i - 1).number() + ")");
            }
        }
    }

    private static PlanVersion version(ConfigFields v, Map<String, List<org.huzhu.plans.domain.Disease>> catalogues) {
        ConfigFields fee = v.object("fee");
        Money perUnit = fee.money("perUnit");
        if (perUnit.isNegative()) {
            throw fee.error("perUnit", "must not be negative");
        }
        int min = fee.number("minUnits", 1, 100, 1);
        int max = fee.number("maxUnits", min, 100, min);
        String rounding = v.optional("rounding", "HALF_UP");
        if (!ROUNDINGS.contains(rounding)) {
            throw v.error("rounding", "must be one of " + ROUNDINGS);
        }
        List<ConfigFields> benefitEntries = v.list("benefits");
        if (benefitEntries.isEmpty()) {
            throw v.error("benefits", "a version pays at least one benefit");
        }
        return new PlanVersion(v.number("version", 1, 999), v.date("effectiveFrom"), null, new Fee(perUnit, min, max),
                v.number("termYears", 1, 3, 1), window(v), eligibility(v), v.number("waitingPeriodDays", 0, 365, 0),
                RoundingMode.valueOf(rounding), BenefitParser.benefits(v, benefitEntries, catalogues),
                v.number("claimSlaWorkingDays", 1, 60, 10));
    }

    private static EnrolmentWindow window(ConfigFields v) {
        if (!v.has("window")) {
            return EnrolmentWindow.ALL_YEAR;
        }
        ConfigFields w = v.object("window");
        return new EnrolmentWindow(monthDay(w, "from"), monthDay(w, "to"));
    }

    private static MonthDay monthDay(ConfigFields w, String key) {
        try {
            return MonthDay.parse("--" + w.text(key));
        } catch (DateTimeException e) {
            throw w.error(key, "must be a day of the year MM-DD");
        }
    }

    private static Eligibility eligibility(ConfigFields v) {
        if (!v.has("eligibility")) {
            return Eligibility.EVERYONE;
        }
        ConfigFields e = v.object("eligibility");
        Gender gender = null;
        if (e.has("gender")) {
            try {
                gender = Gender.valueOf(e.text("gender"));
            } catch (IllegalArgumentException x) {
                throw e.error("gender", "must be MALE or FEMALE");
            }
        }
        int minAge = e.number("minAge", 0, 120, 16);
        int maxAge = e.number("maxAge", minAge, 120, 120);
        return new Eligibility(gender, minAge, maxAge, Set.copyOf(e.has("memberStatuses") ? e.texts("memberStatuses")
                : List.of("ACTIVE")), e.flag("gigWorkersOnly", false), Set.copyOf(e.optionalTexts("orgUnits")));
    }

    static Text text(ConfigFields name) {
        name.noBareKeys();
        return Text.of(name.text("zh"), name.text("en"));
    }

    static BigDecimal percent(ConfigFields f, String key) {
        return f.percent(key);
    }

    /**
     * YAML would read 2024-13-01 as a date in the next year (its calendar is lenient): dates stay text
     * here and are checked strictly.
     */
    private static final class DatesAsText extends Resolver {
        @Override
        public void addImplicitResolver(Tag tag, Pattern regexp, String first) {
            if (!Tag.TIMESTAMP.equals(tag)) {
                super.addImplicitResolver(tag, regexp, first);
            }
        }

        @Override
        public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
            if (!Tag.TIMESTAMP.equals(tag)) {
                super.addImplicitResolver(tag, regexp, first, limit);
            }
        }
    }

    private static Map<?, ?> read(String fileName, Reader source) {
        try {
            LoaderOptions options = new LoaderOptions();
            Object document = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()),
                    new DumperOptions(), options, new DatesAsText()).load(source);
            if (!(document instanceof Map<?, ?> map)) {
                throw new ConfigException(fileName, "(document)", "must be a YAML mapping");
            }
            return new HashMap<>(map);
        } catch (YAMLException e) {
            throw new ConfigException(fileName, "(document)", "is not valid YAML: " + e.getMessage());
        }
    }
}
