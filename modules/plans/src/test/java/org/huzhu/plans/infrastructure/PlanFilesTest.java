package org.huzhu.plans.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Map;
import org.huzhu.kernel.config.ConfigException;
import org.huzhu.kernel.identity.Gender;
import org.huzhu.kernel.money.Money;
import org.huzhu.plans.domain.AccidentTierBenefit;
import org.huzhu.plans.domain.FixedSumBenefit;
import org.huzhu.plans.domain.Plan;
import org.huzhu.plans.domain.PlanVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every shipped plan file loads with the seeds' figures, and every kind of mistake is refused by name. */
class PlanFilesTest {

    static Map<String, Plan> catalogue(String tenant) {
        return ShippedPlans.of(tenant);
    }

    @Test
    void beijing_ships_its_eight_standing_plans_and_the_2019_and_2021_additions() {
        assertThat(catalogue("beijing")).containsOnlyKeys("inpatient-medical", "inpatient-allowance", "critical-illness",
                "female-special-diseases", "accident-injury", "child-accident", "secondary-reimbursement",
                "non-work-injury-combined", "combined", "mild-illness");
    }

    @Test
    void the_seeds_figures_are_in_the_versions_in_force() {
        Map<String, Plan> plans = catalogue("beijing");
        FixedSumBenefit fsdNow = (FixedSumBenefit) version(plans, "female-special-diseases", "2021-06-01").benefits().get(0);
        FixedSumBenefit fsdThen = (FixedSumBenefit) version(plans, "female-special-diseases", "2017-06-01").benefits().get(0);
        assertThat(fsdNow.catalogue()).hasSize(12);
        assertThat(fsdNow.perUnit()).isEqualTo(Money.ofYuan("15000"));
        assertThat(fsdThen.catalogue()).hasSize(8);
        assertThat(fsdThen.perUnit()).isEqualTo(Money.ofYuan("10000"));
        assertThat(version(plans, "female-special-diseases", "2021-06-01").eligibility().gender()).isEqualTo(Gender.FEMALE);
        assertThat(((FixedSumBenefit) version(plans, "critical-illness", "2020-01-01").benefits().get(0)).catalogue()).hasSize(30);
        assertThat(((FixedSumBenefit) version(plans, "critical-illness", "2017-01-01").benefits().get(0)).catalogue()).hasSize(11);
        assertThat(((FixedSumBenefit) version(plans, "mild-illness", "2022-01-01").benefits().get(0)).catalogue()).hasSize(20);
        assertThat(((AccidentTierBenefit) version(plans, "accident-injury", "2019-01-01").benefits().get(0)).tierMaxima())
                .extracting(Money::toString).containsExactly("30800.00", "54400.00", "79800.00", "108800.00");
        assertThat(((AccidentTierBenefit) version(plans, "accident-injury", "2017-01-01").benefits().get(0)).tierMaxima())
                .extracting(Money::toString).containsExactly("24000.00", "44400.00", "64800.00", "88800.00");
        assertThat(plans.get("mild-illness").versionOn(LocalDate.of(2020, 12, 31))).isEmpty();
    }

    @Test
    void baoji_has_its_own_smaller_catalogue_with_seven_working_day_claims() {
        Map<String, Plan> plans = catalogue("baoji");
        assertThat(plans).hasSizeLessThan(catalogue("beijing").size());
        plans.values().forEach(p -> p.versions().forEach(v -> assertThat(v.claimSlaWorkingDays()).isEqualTo(7)));
        assertThat(version(plans, "inpatient-medical", "2024-01-01").fee().perUnit())
                .isNotEqualTo(version(catalogue("beijing"), "inpatient-medical", "2024-01-01").fee().perUnit());
        assertThat(version(plans, "gig-worker-accident", "2024-01-01").eligibility().gigWorkersOnly()).isTrue();
    }

    @Test
    void a_version_ends_the_day_before_the_next_begins() {
        Plan accident = catalogue("beijing").get("accident-injury");
        assertThat(accident.versionOn(LocalDate.of(2017, 12, 31)).orElseThrow().number()).isEqualTo(1);
        assertThat(accident.versionOn(LocalDate.of(2018, 1, 1)).orElseThrow().number()).isEqualTo(2);
        assertThat(accident.versions().get(0).effectiveTo()).isEqualTo(LocalDate.of(2017, 12, 31));
    }

    private static PlanVersion version(Map<String, Plan> plans, String code, String date) {
        return plans.get(code).versionOn(LocalDate.parse(date)).orElseThrow();
    }

    private static final String GOOD = """
            code: test-plan
            name: { zh: 测试, en: Test }
            catalogues:
              c1: [ { code: d1, zh: 病一, en: One } ]
            versions:
              - version: 1
                effectiveFrom: 2024-01-01
                fee: { perUnit: "10.00", minUnits: 1, maxUnits: 2 }
                benefits:
                  - { code: b1, kind: fixed-sum, name: { zh: 给付, en: Pay }, perUnit: "100.00", catalogue: c1 }
            """;

    @Test
    void a_correct_file_parses() {
        Plan plan = PlanFileParser.parse("good.yaml", new StringReader(GOOD));
        assertThat(plan.versions()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "bad code|code: test-plan|code: Test_Plan|f.yaml: code: must be 2-48 lower-case",
            "missing name|name: { zh: 测试, en: Test }|title: x|f.yaml: name: is required",
            "fee unquoted|perUnit: \"10.00\"|perUnit: 10.5|fee.perUnit: write amounts in quotes",
            "three decimals|perUnit: \"10.00\"|perUnit: \"10.005\"|fee.perUnit: an amount has at most two decimals",
            "units reversed|minUnits: 1, maxUnits: 2|minUnits: 3, maxUnits: 2|fee.maxUnits: must be a whole number from 3",
            "bad date|effectiveFrom: 2024-01-01|effectiveFrom: 2024-13-01|versions[0].effectiveFrom: must be a date",
            "unknown kind|kind: fixed-sum|kind: lottery|benefits[0].kind: unknown kind 'lottery'",
            "unknown catalogue|catalogue: c1 }|catalogue: c9 }|benefits[0].catalogue: no catalogue 'c9'",
            "negative sum|perUnit: \"100.00\"|perUnit: \"-100.00\"|benefits[0].perUnit: must be above zero",
            "long term|version: 1|version: 1\\n    termYears: 5|versions[0].termYears: must be a whole number from 1 to 3",
            "bad rounding|version: 1|version: 1\\n    rounding: BANKERS|versions[0].rounding: must be one of",
            "bad gender|version: 1|version: 1\\n    eligibility: { gender: OTHER }|eligibility.gender: must be MALE or FEMALE",
            "bad window|version: 1|version: 1\\n    window: { from: 02-30, to: 12-31 }|window.from: must be a day of the year",
            "no versions|versions:|versions: []\\nx:|f.yaml: versions: a plan needs at least one version",
            "broken yaml|name: { zh: 测试, en: Test }|name: { zh: [|(document): is not valid YAML",
            "name cut at a comma|name: { zh: 测试, en: Test }|name: { zh: 测试, en: Test (a, b) }|name.b): has no value"})
    void each_kind_of_mistake_is_refused_with_file_field_and_rule(String mistake, String find, String replace,
                                                                   String message) {
        String yaml = GOOD.replace(find, replace.replace("\\n", "\n"));
        assertThat(yaml).as("the test edits the file").isNotEqualTo(GOOD);
        assertThatThrownBy(() -> PlanFileParser.parse("f.yaml", new StringReader(yaml)))
                .isInstanceOf(ConfigException.class).hasMessageContaining(message);
    }

    @Test
    void two_versions_with_one_number_and_falling_numbers_are_refused() {
        String twice = GOOD + GOOD.substring(GOOD.indexOf("  - version: 1"));
        assertThatThrownBy(() -> PlanFileParser.parse("f.yaml", new StringReader(twice)))
                .hasMessageContaining("versions[1].version: version 1 is listed twice");
        String renumbered = twice.replaceFirst("version: 1", "version: 2");
        int last = renumbered.lastIndexOf("2024-01-01");
        String falling = renumbered.substring(0, last) + "2025-01-01" + renumbered.substring(last + 10);
        assertThatThrownBy(() -> PlanFileParser.parse("f.yaml", new StringReader(falling)))
                .hasMessageContaining("version numbers must rise with their effective dates");
    }

    @Test
    void bands_must_follow_each_other_and_a_rider_needs_its_base_in_the_catalogue() {
        String bands = GOOD.replace("  - { code: b1, kind: fixed-sum, name: { zh: 给付, en: Pay }, perUnit: \"100.00\", catalogue: c1 }",
                "  - { code: b1, kind: reimbursement, name: { zh: 医疗, en: Med }, deductible: \"0.00\", perClaimCap: \"1.00\", "
                        + "yearlyCap: \"1.00\", bands: [ { from: \"0.00\", to: \"100.00\", percent: 50 }, { from: \"200.00\", percent: 60 } ] }");
        assertThatThrownBy(() -> PlanFileParser.parse("f.yaml", new StringReader(bands)))
                .hasMessageContaining("bands[1].from: bands must follow each other from 0: expected 100.00");
    }
}
