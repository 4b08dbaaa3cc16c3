package org.huzhu.plans.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.huzhu.kernel.money.Money;
import org.huzhu.plans.api.DraftRequest;
import org.huzhu.plans.domain.AccidentTierBenefit;
import org.huzhu.plans.domain.FixedSumBenefit;
import org.huzhu.plans.domain.Plan;
import org.huzhu.plans.domain.PlanVersion;
import org.huzhu.plans.infrastructure.ShippedPlans;
import org.junit.jupiter.api.Test;

/** What a drafted version may be: later than the last, sane figures, and benefit amounts that make sense. */
class DraftingRulesTest {

    private static final Plan ACCIDENT = ShippedPlans.of("beijing").get("accident-injury");
    private static final Plan FSD = ShippedPlans.of("beijing").get("female-special-diseases");

    @Test
    void a_draft_adds_the_next_version_and_keeps_the_published_ones() {
        Plan drafted = Drafts.withNextVersion(FSD, request("2027-01-01", "35.00", Map.of("diagnosis", "18000.00")));
        assertThat(drafted.versions()).hasSize(3);
        assertThat(drafted.versions().get(0).sameRulesAs(FSD.versions().get(0))).isTrue();
        assertThat(drafted.versions().get(1).effectiveTo()).isEqualTo(java.time.LocalDate.of(2026, 12, 31));
        PlanVersion next = drafted.versions().get(2);
        assertThat(next.number()).isEqualTo(3);
        assertThat(next.fee().perUnit()).isEqualTo(Money.ofYuan("35.00"));
        assertThat(((FixedSumBenefit) next.benefits().get(0)).perUnit()).isEqualTo(Money.ofYuan("18000.00"));
        assertThat(((FixedSumBenefit) next.benefits().get(0)).catalogue()).hasSize(12);
    }

    @Test
    void accident_tiers_are_edited_as_a_rising_list() {
        Plan drafted = Drafts.withNextVersion(ACCIDENT, request("2027-01-01", "30.00",
                Map.of("accident", "32000.00,56000.00,82000.00,110000.00")));
        assertThat(((AccidentTierBenefit) drafted.versions().get(2).benefits().get(0)).tierMaxima())
                .extracting(Money::toString).containsExactly("32000.00", "56000.00", "82000.00", "110000.00");
        assertThatThrownBy(() -> Drafts.withNextVersion(ACCIDENT, request("2027-01-01", "30.00",
                Map.of("accident", "32000.00,30000.00")))).hasMessage("benefitAmounts.accident: tier maxima must rise");
    }

    @Test
    void each_bad_field_is_refused_by_name() {
        assertThatThrownBy(() -> Drafts.withNextVersion(FSD, request("2020-01-01", "35.00", Map.of())))
                .hasMessage("effectiveFrom: must be after 2020-01-01, when version 2 took effect");
        assertThatThrownBy(() -> Drafts.withNextVersion(FSD, request("2027-02-30", "35.00", Map.of())))
                .hasMessageStartingWith("effectiveFrom: '2027-02-30' is not a date");
        assertThatThrownBy(() -> Drafts.withNextVersion(FSD, request("2027-01-01", "-1.00", Map.of())))
                .hasMessage("feePerUnit: must not be negative");
        assertThatThrownBy(() -> Drafts.withNextVersion(FSD, request("2027-01-01", "3.005", Map.of())))
                .hasMessageStartingWith("feePerUnit: an amount has at most two decimals");
        assertThatThrownBy(() -> Drafts.withNextVersion(FSD, request("2027-01-01", "35.00", Map.of("nope", "1.00"))))
                .hasMessage("benefitAmounts.nope: the version has no such benefit");
        assertThatThrownBy(() -> Drafts.withNextVersion(FSD, request("2027-01-01", "35.00", Map.of("diagnosis", "0"))))
                .hasMessage("benefitAmounts.diagnosis: must be above zero");
        assertThatThrownBy(() -> Drafts.withNextVersion(FSD, new DraftRequest("2027-01-01", "35.00", 3, 1, 90, 10, null)))
                .hasMessageStartingWith("maxUnits:");
    }

    private static DraftRequest request(String from, String fee, Map<String, String> amounts) {
        return new DraftRequest(from, fee, 1, 3, 90, 10, amounts);
    }
}
