package org.huzhu.provisioning;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.huzhu.demodata.AgencySpec;
import org.huzhu.demodata.NewUnionSpec;
import org.huzhu.kernel.config.ConfigException;
import org.huzhu.kernel.config.ConfigFields;
import org.huzhu.microloans.api.MicroloanSettings;
import org.huzhu.plans.api.PlanFileText;
import org.huzhu.plans.api.PlanFiles;
import org.huzhu.relief.api.ReliefSettingsFile;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads and checks {@code tenant.yaml} and {@code headquarters.yaml}. Every mistake names the file, the
 * field and the rule, and nothing of a file with a mistake is applied.
 */
public final class TenantConfigLoader {

    static final Set<String> ROLES = Set.of("hq-analyst", "office-admin", "claims-officer", "agency-clerk",
            "grassroots-clerk", "member");
    private static final Pattern TENANT_ID = Pattern.compile("[a-z][a-z0-9-]{1,31}");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,60}");
    private static final Pattern REGION = Pattern.compile("\\d{2,6}");

    private TenantConfigLoader() {
    }

    public static TenantConfig loadTenant(Path file) {
        ConfigFields root = new ConfigFields(file.toString(), read(file));
        String id = root.text("id");
        if (!TENANT_ID.matcher(id).matches()) {
            throw root.error("id", "must be 2-32 lower-case letters, digits or '-', starting with a letter");
        }
        if (file.getParent() != null && !file.getParent().getFileName().toString().equals(id)) {
            throw root.error("id", "must equal the folder name '" + file.getParent().getFileName() + "'");
        }
        ConfigFields name = root.object("name");
        ConfigFields city = root.object("cityOffice");
        TenantConfig.Demo demo = root.has("demo") ? demo(root.object("demo")) : new TenantConfig.Demo(0, 1, "11", List.of(),
                List.of());
        Set<String> codes = orgUnitCodes(city.text("code"), demo);
        List<UserConfig> users = users(root, codes, false);
        List<PlanFileText> plans = PlanFiles.readChecked(file.resolveSibling("plans"));
        TenantConfig.ClaimPolicy claims = root.has("claims") ? claims(root.object("claims"))
                : TenantConfig.ClaimPolicy.DEFAULT;
        return new TenantConfig(id, name.text("zh"), name.text("en"), city.text("code"), city.text("name"), users, demo,
                plans, claims, payouts(root, claims),
                root.has("microloans") ? MicroloanSettings.read(root.object("microloans")) : MicroloanSettings.NONE,
                root.has("relief") ? Optional.of(ReliefSettingsFile.read(root.object("relief"))) : Optional.empty());
    }

    /**
     * {@code payouts: { weekday: FRIDAY }}. Files written before payouts had a section of its own set the day as
     * {@code claims.payoutWeekday}, which still counts; both at once must agree.
     */
    private static TenantConfig.PayoutPolicy payouts(ConfigFields root, TenantConfig.ClaimPolicy claims) {
        if (!root.has("payouts")) {
            return new TenantConfig.PayoutPolicy(claims.payoutWeekday());
        }
        ConfigFields payouts = root.object("payouts");
        String weekday = weekday(payouts, "weekday", claims.payoutWeekday());
        if (root.has("claims") && root.object("claims").has("payoutWeekday") && !weekday.equals(claims.payoutWeekday())) {
            throw payouts.error("weekday", "differs from claims.payoutWeekday (the older place of the same setting): "
                    + "give the day once");
        }
        return new TenantConfig.PayoutPolicy(weekday);
    }

    private static String weekday(ConfigFields fields, String key, String fallback) {
        String weekday = fields.optional(key, fallback);
        try {
            java.time.DayOfWeek.valueOf(weekday);
        } catch (IllegalArgumentException e) {
            throw fields.error(key, "must be MONDAY .. SUNDAY");
        }
        return weekday;
    }

    /**
     * {@code claims: { reviewPercent: 5, reviewAbove: "20000.00", payoutWeekday: FRIDAY,
     * approvalLimits: { agency-clerk: "5000.00", claims-officer: "50000.00", office-admin: none },
     * documentMinBytes: 500, imageMinPixels: 200, pdfMinTextChars: 20 }}.
     */
    private static TenantConfig.ClaimPolicy claims(ConfigFields claims) {
        int percent = claims.number("reviewPercent", 0, 100, 5);
        long above = claims.has("reviewAbove") ? claims.money("reviewAbove").fen() : 2_000_000L;
        String weekday = weekday(claims, "payoutWeekday", "FRIDAY");
        StringBuilder limits = new StringBuilder();
        if (claims.has("approvalLimits")) {
            ConfigFields given = claims.object("approvalLimits");
            for (Object role : claims.rawMap("approvalLimits").keySet()) {
                String name = role.toString();
                if (org.huzhu.tenancy.api.Role.fromRoleName(name).isEmpty()) {
                    throw given.error(name, "is not a role");
                }
                String figure = "none".equals(given.optional(name, "none")) ? "" : String.valueOf(given.money(name).fen());
                limits.append(limits.length() == 0 ? "" : ",").append(name).append('=').append(figure);
            }
        }
        TenantConfig.ClaimPolicy defaults = TenantConfig.ClaimPolicy.DEFAULT;
        return new TenantConfig.ClaimPolicy(percent, above, weekday,
                limits.length() == 0 ? defaults.limits() : limits.toString(),
                claims.number("documentMinBytes", 0, 10 << 20, defaults.documentMinBytes()),
                claims.number("imageMinPixels", 0, 10_000, defaults.imageMinPixels()),
                claims.number("pdfMinTextChars", 0, 10_000, defaults.pdfMinTextChars()));
    }

    public static List<UserConfig> loadHeadquarters(Path file) {
        return users(new ConfigFields(file.toString(), read(file)), Set.of(), true);
    }

    private static TenantConfig.Demo demo(ConfigFields demo) {
        int members = demo.number("members", 0, 5_000_000);
        int perAgency = demo.number("grassrootsPerAgency", 1, 999);
        String region = demo.text("regionPrefix");
        if (!REGION.matcher(region).matches()) {
            throw demo.error("regionPrefix", "must be 2 to 6 digits of a region code, e.g. 1101");
        }
        List<AgencySpec> agencies = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<ConfigFields> entries = demo.list("agencyOffices");
        for (int i = 0; i < entries.size(); i++) {
            ConfigFields agency = entries.get(i);
            String code = agency.text("code");
            if (!seen.add(code)) {
                throw demo.error("agencyOffices[" + i + "].code", "'" + code + "' is used twice");
            }
            agencies.add(new AgencySpec(code, agency.text("name")));
        }
        TenantConfig.Demo tree = new TenantConfig.Demo(members, perAgency, region, agencies, List.of());
        return new TenantConfig.Demo(members, perAgency, region, agencies, newUnions(demo, tree));
    }

    /** {@code newUnions: [ { code, parent, name, headcount } ]}: under an agency office, codes of their own. */
    private static List<NewUnionSpec> newUnions(ConfigFields demo, TenantConfig.Demo tree) {
        if (!demo.has("newUnions")) {
            return List.of();
        }
        Set<String> taken = orgUnitCodes("", tree);
        Set<String> agencies = new HashSet<>();
        tree.agencyOffices().forEach(agency -> agencies.add(agency.code()));
        List<NewUnionSpec> unions = new ArrayList<>();
        List<ConfigFields> entries = demo.list("newUnions");
        for (int i = 0; i < entries.size(); i++) {
            ConfigFields union = entries.get(i);
            String code = union.text("code");
            String parent = union.text("parent");
            if (!taken.add(code)) {
                throw demo.error("newUnions[" + i + "].code", "'" + code + "' is already an org unit of the demo tree");
            }
            if (!agencies.contains(parent) || !code.startsWith(parent + "-")) {
                throw demo.error("newUnions[" + i + "].parent", "must be an agency office of the demo tree whose code "
                        + "starts the union's code");
            }
            unions.add(new NewUnionSpec(code, parent, union.text("name"), union.number("headcount", 1, 1_000_000)));
        }
        return unions;
    }

    private static Set<String> orgUnitCodes(String cityCode, TenantConfig.Demo demo) {
        Set<String> codes = new HashSet<>(Set.of(cityCode));
        for (AgencySpec agency : demo.agencyOffices()) {
            codes.add(agency.code());
            for (int i = 1; i <= demo.grassrootsPerAgency(); i++) {
                codes.add(agency.code() + String.format("-%03d", i));
            }
        }
        demo.newUnions().forEach(union -> codes.add(union.code()));
        return codes;
    }

    private static List<UserConfig> users(ConfigFields root, Set<String> orgUnitCodes, boolean headquarters) {
        List<UserConfig> users = new ArrayList<>();
        Set<String> usernames = new HashSet<>();
        List<ConfigFields> entries = root.list("users");
        for (int i = 0; i < entries.size(); i++) {
            ConfigFields user = entries.get(i);
            String field = "users[" + i + "]";
            String username = user.text("username");
            if (!USERNAME.matcher(username).matches() || !usernames.add(username)) {
                throw root.error(field + ".username", "'" + username + "' must be unique, lower-case letters, "
                        + "digits, '.', '_' or '-'");
            }
            List<String> roles = user.texts("roles");
            for (String role : roles) {
                boolean allowed = headquarters ? role.equals("hq-analyst") : ROLES.contains(role) && !role.equals("hq-analyst");
                if (!allowed) {
                    throw root.error(field + ".roles", "unknown role '" + role + "'; one of " + (headquarters
                            ? "[hq-analyst]" : "office-admin, claims-officer, agency-clerk, grassroots-clerk, member"));
                }
            }
            String orgUnit = headquarters ? null : user.text("orgUnit");
            if (!headquarters && !orgUnitCodes.contains(orgUnit)) {
                throw root.error(field + ".orgUnit", "'" + orgUnit + "' is not an org unit of this tenant "
                        + "(the city office, an agency office or one of its grassroots unions)");
            }
            users.add(new UserConfig(username, roles, orgUnit, user.optional("firstName", username),
                    user.optional("lastName", headquarters ? "总会" : "")));
        }
        return users;
    }

    static Map<?, ?> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            if (!(document instanceof Map<?, ?> map)) {
                throw new ConfigException(file.toString(), "(document)", "must be a YAML mapping");
            }
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new ConfigException(file.toString(), "(document)", "is not valid YAML: " + e.getMessage());
        }
    }
}
