package org.huzhu.campaigns.domain.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.huzhu.campaigns.api.CampaignType;
import org.huzhu.campaigns.api.distribution.BenefitKind;
import org.huzhu.campaigns.api.distribution.CampaignSettings;
import org.huzhu.campaigns.api.distribution.DeliveryMethod;
import org.huzhu.campaigns.api.distribution.Eligibility;
import org.huzhu.kernel.identity.Gender;
import org.huzhu.org.api.JobFlag;
import org.junit.jupiter.api.Test;

class CampaignCloningTest {

    static final Eligibility RULES = new Eligibility(5L, Gender.MALE, 18, 60, Set.of(JobFlag.OUTDOOR,
            JobFlag.FRONT_LINE), false);

    private static Campaign lastSummer(LocalDate start, LocalDate end) {
        return Campaign.of(new CampaignSettings(CampaignType.SUMMER_COOLING, "2025年夏送清凉", start, end, 10_000_000,
                BenefitKind.GOODS, "防暑降温礼包", 8_000, RULES, DeliveryMethod.COURIER, List.of()), "/1/5/", "beijing-admin",
                LocalDateTime.of(2025, 6, 1, 9, 0));
    }

    @Test
    void cloning_moves_the_period_a_year_on_and_keeps_every_setting() {
        Campaign last = lastSummer(LocalDate.of(2025, 6, 15), LocalDate.of(2025, 8, 31));
        Campaign next = last.cloneForNextYear("beijing-admin", LocalDateTime.of(2026, 5, 20, 10, 0));
        assertThat(next.periodStart()).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(next.periodEnd()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(next.name()).isEqualTo("2026年夏送清凉");
        assertThat(next.type()).isEqualTo(CampaignType.SUMMER_COOLING);
        assertThat(next.budgetFen()).isEqualTo(10_000_000);
        assertThat(next.spentFen()).isZero();
        assertThat(next.benefit()).isEqualTo(BenefitKind.GOODS);
        assertThat(next.item()).isEqualTo("防暑降温礼包");
        assertThat(next.unitFen()).isEqualTo(8_000);
        assertThat(next.delivery()).isEqualTo(DeliveryMethod.COURIER);
        assertThat(next.eligibility()).isEqualTo(RULES);
        assertThat(next.rule().scopePath()).isEqualTo("/1/5/");
        assertThat(next.allottedAt()).isNull();
    }

    @Test
    void a_period_ending_on_a_leap_day_ends_on_the_28th_next_year() {
        Campaign winter = lastSummer(LocalDate.of(2028, 1, 10), LocalDate.of(2028, 2, 29));
        Campaign next = winter.cloneForNextYear("beijing-admin", LocalDateTime.now());
        assertThat(next.periodEnd()).isEqualTo(LocalDate.of(2029, 2, 28));
        assertThat(next.name()).as("a name without the year stays").isEqualTo("2025年夏送清凉");
    }
}
