package org.huzhu.plans.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.huzhu.kernel.config.ConfigException;
import org.huzhu.plans.domain.Plan;
import org.junit.jupiter.api.Test;

/**
 * After the first apply the database owns published versions: tenant-config adds versions, and a version
 * published in the portal that the files lack is kept rather than refused.
 */
class PublishedVersionsStayTest {

    /** A plan with one version: a daily hospital allowance (the figures do not matter here). */
    private static final String V1 = "code: accident\nname: { zh: 住院津贴, en: Allowance }\nversions:\n" + version(1, "2024-01-01", "20.00");

    private static String version(int number, String from, String fee) {
        return "  - { version: %d, effectiveFrom: %s, fee: { perUnit: \"%s\" }, benefits: [ { code: stay, kind: daily-allowance, "
                .formatted(number, from, fee)
                + "name: { zh: 津贴, en: Stay }, perDay: \"50.00\", deductibleDays: 3, maxDaysPerStay: 30, "
                + "perStayCap: \"1500.00\", yearlyCap: \"3000.00\", maxStaysPerYear: 2 } ] }\n";
    }

    private static PlanFileText file(String content) {
        return new PlanFileText("accident", "accident.yaml", content);
    }

    private static final PlanFileText PUBLISHED_IN_PORTAL = file(V1 + version(2, "2027-01-01", "25.00"));

    @Test
    void a_version_published_in_the_portal_survives_an_apply_of_files_that_lack_it() {
        PlanFiles.Merged merged = PlanFiles.mergeIntoPublished(List.of(PUBLISHED_IN_PORTAL), List.of(file(V1)));
        Plan stored = PlanFiles.parse(merged.files().get(0));
        assertThat(stored.versions()).extracting(v -> v.number()).containsExactly(1, 2);
        assertThat(stored.version(2).orElseThrow().fee().perUnit()).hasToString("25.00");
        assertThat(merged.kept()).containsExactly("version 2 of accident");
    }

    @Test
    void a_file_adds_its_next_version_after_the_one_published_in_the_portal() {
        PlanFiles.Merged merged = PlanFiles.mergeIntoPublished(List.of(PUBLISHED_IN_PORTAL),
                List.of(file(V1 + version(3, "2028-01-01", "30.00"))));
        assertThat(PlanFiles.parse(merged.files().get(0)).versions()).extracting(v -> v.number()).containsExactly(1, 2, 3);
    }

    @Test
    void a_file_whose_new_version_clashes_with_the_portals_is_refused_naming_how_to_fetch_it() {
        assertThatThrownBy(() -> PlanFiles.mergeIntoPublished(List.of(PUBLISHED_IN_PORTAL),
                List.of(file(V1 + version(3, "2026-06-01", "30.00")))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("accident.yaml: versions: the file's versions clash with version(s) 2")
                .hasMessageContaining("GET /api/v1/plans/accident/file");
    }

    @Test
    void a_changed_published_version_is_still_refused() {
        assertThatThrownBy(() -> PlanFiles.mergeIntoPublished(List.of(PUBLISHED_IN_PORTAL),
                List.of(file(V1.replace("20.00", "21.00")))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("version 1 of accident is published");
    }

    @Test
    void a_plan_whose_file_was_removed_is_kept_and_files_that_hold_everything_replace_the_stored_text() {
        PlanFileText same = file("# comments of the file stay\n" + PUBLISHED_IN_PORTAL.content());
        assertThat(PlanFiles.mergeIntoPublished(List.of(PUBLISHED_IN_PORTAL), List.of(same)).files()).containsExactly(same);
        PlanFiles.Merged none = PlanFiles.mergeIntoPublished(List.of(PUBLISHED_IN_PORTAL), List.of());
        assertThat(none.files()).containsExactly(PUBLISHED_IN_PORTAL);
        assertThat(none.kept()).containsExactly("plan accident (no file in tenant-config)");
    }
}
