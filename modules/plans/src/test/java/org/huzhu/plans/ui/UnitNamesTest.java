package org.huzhu.plans.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.huzhu.plans.api.PlanView.VersionView;
import org.junit.jupiter.api.Test;

/** A plan limited to some unions names them, not their codes; the code stays only as secondary information. */
class UnitNamesTest {

    private static final Map<String, String> TREE = Map.of("BJ-DC", "东城区总工会", "BJ-DC-001", "东城区某某公司工会");

    @Test
    void an_eligibility_limited_to_unions_shows_their_names_with_the_code_after_them() {
        assertThat(new UnitNames(TREE, true).in("16至65周岁，限单位 BJ-DC、BJ-DC-001"))
                .isEqualTo("16至65周岁，限单位 东城区总工会（BJ-DC）、东城区某某公司工会（BJ-DC-001）");
        assertThat(new UnitNames(TREE, false).in("aged 16-65, units BJ-DC, BJ-DC-001"))
                .isEqualTo("aged 16-65, units 东城区总工会 (BJ-DC), 东城区某某公司工会 (BJ-DC-001)");
    }

    @Test
    void a_code_the_tree_does_not_know_stays_and_other_text_is_untouched() {
        assertThat(new UnitNames(TREE, true).in("限单位 BJ-XX")).isEqualTo("限单位 BJ-XX");
        assertThat(new UnitNames(TREE, false).in("aged 16-65")).isEqualTo("aged 16-65");
    }

    @Test
    void the_version_comparison_names_unions_too() {
        VersionView before = version("16至65周岁");
        VersionView after = version("16至65周岁，限单位 BJ-DC");
        List<String> lines = VersionDiff.lines(before, after, (key, params) -> key, true, new UnitNames(TREE, true));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("东城区总工会（BJ-DC）"));
    }

    private static VersionView version(String eligibility) {
        return new VersionView(1, "2026-01-01", null, "30.00", 1, 3, 1, "", 0, 10, eligibility, eligibility, List.of());
    }
}
