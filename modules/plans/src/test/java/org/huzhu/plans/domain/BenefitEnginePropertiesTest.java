package org.huzhu.plans.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.huzhu.kernel.money.Money;
import org.huzhu.plans.infrastructure.ShippedPlans;

/** Over generated claims: never above a cap, never negative, never less for more self-paid, caps hold in sum. */
class BenefitEnginePropertiesTest {

    private static final Map<String, Plan> BEIJING = ShippedPlans.of("beijing");
    private static final LocalDate TERM = LocalDate.of(2024, 1, 1);
    private final BenefitEngine engine = new BenefitEngine();

    @Property
    void reimbursement_stays_within_the_per_claim_cap_and_is_never_negative(
            @ForAll @LongRange(min = 0, max = 50_000_000) long selfPaidFen, @ForAll @IntRange(min = 1, max = 3) int units) {
        Money payable = medical(selfPaidFen, units, List.of()).payable();
        assertThat(payable.isNegative()).isFalse();
        assertThat(payable).isLessThanOrEqualTo(Money.ofYuan("5000").times(units));
        assertThat(payable).isLessThanOrEqualTo(Money.ofFen(selfPaidFen));
    }

    @Property
    void more_self_paid_never_pays_less(@ForAll @LongRange(min = 0, max = 50_000_000) long selfPaidFen,
                                        @ForAll @LongRange(min = 0, max = 5_000_000) long moreFen,
                                        @ForAll @IntRange(min = 1, max = 3) int units) {
        assertThat(medical(selfPaidFen + moreFen, units, List.of()).payable())
                .isGreaterThanOrEqualTo(medical(selfPaidFen, units, List.of()).payable());
        assertThat(secondary(selfPaidFen + moreFen, List.of()).payable())
                .isGreaterThanOrEqualTo(secondary(selfPaidFen, List.of()).payable());
    }

    @Property
    void claims_in_a_year_never_sum_past_the_yearly_cap(
            @ForAll @Size(min = 1, max = 30) List<@LongRange(min = 0, max = 5_000_000) Long> claimsFen,
            @ForAll @IntRange(min = 1, max = 3) int units) {
        List<PriorPayment> paid = new ArrayList<>();
        Money total = Money.ZERO;
        for (int i = 0; i < claimsFen.size(); i++) {
            Evaluation e = medical(claimsFen.get(i), units, paid);
            assertThat(e.payable().isNegative()).isFalse();
            paid.add(new PriorPayment("medical", null, TERM.plusDays(40 + i), e.payable()));
            total = total.plus(e.payable());
        }
        assertThat(total).isLessThanOrEqualTo(Money.ofYuan("10000").times(units));
    }

    @Property
    void allowance_stays_within_stay_and_year_caps(@ForAll @IntRange(min = 0, max = 400) int days,
                                                   @ForAll @IntRange(min = 1, max = 3) int units) {
        PlanVersion version = BEIJING.get("inpatient-allowance").versionOn(TERM).orElseThrow();
        List<PriorPayment> paid = new ArrayList<>();
        Money total = Money.ZERO;
        for (int stay = 0; stay < 4; stay++) {
            LocalDate admission = TERM.plusDays(40 + stay * 2L);
            Evaluation e = engine.evaluate(version, cover("inpatient-allowance", units), paid,
                    ClaimFacts.stay("allowance", admission, admission.plusDays(days)));
            assertThat(e.payable()).isLessThanOrEqualTo(Money.ofYuan("2700").times(units));
            paid.add(new PriorPayment("allowance", null, admission, e.payable()));
            total = total.plus(e.payable());
        }
        assertThat(total).isLessThanOrEqualTo(Money.ofYuan("5400").times(units));
    }

    @Property
    void accident_payments_of_a_term_never_pass_the_tier_maximum(
            @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 1, max = 10) Integer> grades,
            @ForAll @IntRange(min = 1, max = 4) int units) {
        PlanVersion version = BEIJING.get("accident-injury").versionOn(TERM).orElseThrow();
        Money tier = ((AccidentTierBenefit) version.benefits().get(0)).tierMaxima().get(units - 1);
        List<PriorPayment> paid = new ArrayList<>();
        Money total = Money.ZERO;
        for (int i = 0; i < grades.size(); i++) {
            Evaluation e = engine.evaluate(version, cover("accident-injury", units), paid,
                    ClaimFacts.disability("accident", TERM.plusDays(i + 1L), grades.get(i)));
            paid.add(new PriorPayment("accident", null, TERM.plusDays(i + 1L), e.payable()));
            total = total.plus(e.payable());
        }
        assertThat(total).isLessThanOrEqualTo(tier);
    }

    private Evaluation medical(long selfPaidFen, int units, List<PriorPayment> history) {
        PlanVersion version = BEIJING.get("inpatient-medical").versionOn(TERM).orElseThrow();
        return engine.evaluate(version, cover("inpatient-medical", units), history,
                ClaimFacts.selfPaid("medical", TERM.plusDays(60), Money.ofFen(selfPaidFen)));
    }

    private Evaluation secondary(long selfPaidFen, List<PriorPayment> history) {
        PlanVersion version = BEIJING.get("secondary-reimbursement").versionOn(TERM).orElseThrow();
        return engine.evaluate(version, cover("secondary-reimbursement", 1), history,
                ClaimFacts.selfPaid("secondary", TERM.plusDays(60), Money.ofFen(selfPaidFen)));
    }

    private static Cover cover(String plan, int units) {
        return new Cover(plan, 1, units, TERM, TERM.plusYears(1).minusDays(1), TERM);
    }
}
