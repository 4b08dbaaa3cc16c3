package org.huzhu.enrolment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.huzhu.kernel.identity.Gender;
import org.huzhu.kernel.identity.NationalId;
import org.huzhu.plans.api.EnrolmentRules;
import org.huzhu.plans.api.PlanFileText;
import org.junit.jupiter.api.Test;

/** A plan that takes enrolments only in its window (November to January here) refuses a term outside it. */
class EnrolmentWindowTest {

    private static final String PLAN = String.join("\n",
            "code: winter-plan",
            "name: { zh: 冬季互助保障计划, en: Winter plan }",
            "feeBased: true",
            "versions:",
            "  - version: 1",
            "    effectiveFrom: 2020-01-01",
            "    fee: { perUnit: \"10.00\", minUnits: 1, maxUnits: 2 }",
            "    window: { from: \"11-01\", to: \"01-31\" }",
            "    benefits:",
            "      - { code: allowance, kind: daily-allowance, name: { zh: 住院津贴, en: Daily allowance }, perDay: \"30.00\", "
                    + "deductibleDays: 3, maxDaysPerStay: 90, perStayCap: \"2700.00\", yearlyCap: \"5400.00\", "
                    + "maxStaysPerYear: 4 }",
            "");
    private static final EnrolmentRules RULES = EnrolmentRules.of(List.of(new PlanFileText("winter-plan",
            "winter-plan.yaml", PLAN)));
    private static final String ID = NationalId.compose("110105", LocalDate.of(1985, 3, 4), 11, Gender.MALE).value();

    private static List<RowError> check(LocalDate termStart) {
        EnrolmentListCheck check = new EnrolmentListCheck(RULES, termStart, Set.of("BJ"), (id, plan) -> false);
        return check.check(EnrolmentCsv.read(new StringReader("姓名,身份证号,保障计划\n王伟," + ID + ",winter-plan\n")))
                .errors();
    }

    @Test
    void a_term_starting_inside_the_window_across_the_new_year_is_taken() {
        assertThat(check(LocalDate.of(2027, 1, 1))).isEmpty();
        assertThat(check(LocalDate.of(2026, 11, 1))).isEmpty();
        assertThat(check(LocalDate.of(2027, 1, 31))).isEmpty();
    }

    @Test
    void a_term_starting_outside_the_window_is_refused_naming_the_plan() {
        assertThat(check(LocalDate.of(2027, 3, 1))).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("plan");
            assertThat(e.rule()).isEqualTo("PLAN_RULE");
            assertThat(e.messageZh()).isEqualTo("冬季互助保障计划不在参保期内");
        });
    }
}
