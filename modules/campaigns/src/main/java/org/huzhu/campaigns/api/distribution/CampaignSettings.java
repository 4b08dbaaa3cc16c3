package org.huzhu.campaigns.api.distribution;

import java.time.LocalDate;
import java.util.List;
import org.huzhu.campaigns.api.CampaignType;

/**
 * A campaign as an office admin sets it up: type and name, period, budget in fen, what each person gets
 * ({@code item} with {@code unitFen}: the unit cost of goods, or the cash amount), eligibility, delivery and the
 * quota per agency office (agencies not named have none).
 */
public record CampaignSettings(CampaignType type, String name, LocalDate periodStart, LocalDate periodEnd,
                               long budgetFen, BenefitKind benefit, String item, long unitFen, Eligibility eligibility,
                               DeliveryMethod delivery, List<QuotaLine> quotas) {

    public CampaignSettings {
        quotas = quotas == null ? List.of() : List.copyOf(quotas);
    }
}
