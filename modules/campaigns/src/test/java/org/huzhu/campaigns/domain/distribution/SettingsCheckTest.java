package org.huzhu.campaigns.domain.distribution;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.huzhu.campaigns.api.CampaignType;
import org.huzhu.campaigns.api.distribution.BenefitKind;
import org.huzhu.campaigns.api.distribution.CampaignSettings;
import org.huzhu.campaigns.api.distribution.DeliveryMethod;
import org.huzhu.campaigns.api.distribution.Eligibility;
import org.huzhu.campaigns.api.distribution.QuotaLine;
import org.huzhu.tenancy.api.Refused;
import org.junit.jupiter.api.Test;

class SettingsCheckTest {

    private static CampaignSettings settings(long budget, long unit, Eligibility e, List<QuotaLine> quotas) {
        return new CampaignSettings(CampaignType.WINTER_WARMTH, "冬送温暖", LocalDate.of(2026, 12, 1),
                LocalDate.of(2027, 1, 31), budget, BenefitKind.CASH, "慰问金", unit, e, DeliveryMethod.ON_SITE, quotas);
    }

    @Test
    void a_sound_campaign_passes_and_each_fault_names_its_field() {
        assertThatCode(() -> SettingsCheck.check(settings(100_000, 50_000, null, List.of(QuotaLine.of("BJ-DC", 2)))))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> SettingsCheck.check(settings(0, 1, null, List.of())))
                .isInstanceOf(Refused.class).extracting(e -> ((Refused) e).field()).isEqualTo("budgetFen");
        assertThatThrownBy(() -> SettingsCheck.check(settings(100, 200, null, List.of())))
                .extracting(e -> ((Refused) e).key()).isEqualTo("campaigns.distribution.field.unitOverBudget");
        assertThatThrownBy(() -> SettingsCheck.check(settings(100, 50,
                new Eligibility(null, null, 60, 18, null, false), List.of())))
                .extracting(e -> ((Refused) e).field()).isEqualTo("eligibility.maxAge");
        assertThatThrownBy(() -> SettingsCheck.check(settings(100, 50, null,
                List.of(QuotaLine.of("BJ-DC", 2), QuotaLine.of("BJ-DC", 3)))))
                .extracting(e -> ((Refused) e).key()).isEqualTo("campaigns.distribution.field.duplicateAgency");
    }
}
