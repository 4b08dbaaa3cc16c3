package org.huzhu.plans.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.huzhu.kernel.money.Money;
import org.huzhu.plans.infrastructure.ShippedPlans;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The table of worked examples in {@code worked-examples.csv}, each valued by the engine against the plan
 * files the tenants ship: every benefit kind, caps, waiting periods, count limits and version boundaries.
 */
class WorkedExamplesTest {

    private static final Map<String, Plan> PLANS = new HashMap<>();
    private final BenefitEngine engine = new BenefitEngine();

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/worked-examples.csv", delimiter = '|', nullValues = "")
    void worked_example(String name, String plan, int units, LocalDate termStart, LocalDate coverStart, String claim,
                        String history, String payable, String reason) {
        Plan p = plan(plan);
        PlanVersion version = p.versionOn(termStart).orElseThrow(() -> new AssertionError("no version on " + termStart));
        Cover cover = new Cover(p.code(), version.number(), units, termStart,
                termStart.plusYears(version.termYears()).minusDays(1), coverStart);
        Evaluation evaluation = engine.evaluate(version, cover, history(history), facts(claim));
        assertThat(evaluation.payable()).as(name + ": " + evaluation.steps()).isEqualTo(Money.ofYuan(payable));
        assertThat(evaluation.reason() == null ? null : evaluation.reason().name()).as(name).isEqualTo(reason);
        assertThat(evaluation.steps()).as("every evaluation explains itself").isNotEmpty()
                .allSatisfy(step -> assertThat(step.text().zh()).isNotBlank());
        assertThat(evaluation.steps()).as("people read the rounding in words, not as Java's constant")
                .allSatisfy(step -> assertThat(step.text().zh() + " " + step.text().en())
                        .doesNotContainPattern("HALF_(UP|EVEN)|\\b(DOWN|UP)\\b"));
    }

    private static Plan plan(String tenantAndCode) {
        String[] parts = tenantAndCode.split("/");
        if (!PLANS.containsKey(tenantAndCode)) {
            ShippedPlans.of(parts[0]).values().forEach(p -> PLANS.put(parts[0] + "/" + p.code(), p));
        }
        return PLANS.get(tenantAndCode);
    }

    /** {@code benefit/kind:date:value}, e.g. {@code diagnosis/disease:2021-06-01:breast-cancer}. */
    static ClaimFacts facts(String claim) {
        String[] benefitAndFacts = claim.split("/", 2);
        String benefit = benefitAndFacts[0];
        String[] f = benefitAndFacts[1].split(":", -1);
        LocalDate date = LocalDate.parse(f[1]);
        return switch (f[0]) {
            case "disease" -> ClaimFacts.disease(benefit, date, f[2].isEmpty() ? null : f[2]);
            case "grade" -> ClaimFacts.disability(benefit, date, Integer.parseInt(f[2]));
            case "death" -> ClaimFacts.deathOf(benefit, date);
            case "stay" -> ClaimFacts.stay(benefit, date, LocalDate.parse(f[2]));
            case "paid" -> ClaimFacts.selfPaid(benefit, date, Money.ofYuan(f[2]));
            default -> throw new IllegalArgumentException("unknown claim " + claim);
        };
    }

    /** {@code benefit:date:amount;...}. */
    static List<PriorPayment> history(String history) {
        List<PriorPayment> payments = new ArrayList<>();
        if (history != null) {
            for (String entry : history.split(";")) {
                String[] f = entry.split(":");
                payments.add(new PriorPayment(f[0], null, LocalDate.parse(f[1]), Money.ofYuan(f[2])));
            }
        }
        return payments;
    }
}
