package org.huzhu.campaigns.domain.distribution;

import java.util.HashSet;
import java.util.Set;
import org.huzhu.campaigns.api.distribution.CampaignSettings;
import org.huzhu.campaigns.api.distribution.Eligibility;
import org.huzhu.campaigns.api.distribution.QuotaLine;
import org.huzhu.tenancy.api.Refused;

/** A campaign's settings checked field by field before anything is stored; the first fault is refused. */
public final class SettingsCheck {

    static final int MAX_TEXT = 100;
    static final int MAX_AGE = 150;
    private static final String PREFIX = "campaigns.distribution.field.";

    private SettingsCheck() {
    }

    public static void check(CampaignSettings s) {
        if (s == null) {
            throw Refused.badInput("type", PREFIX + "required");
        }
        require(s.type() != null, "type", "required");
        requireText(s.name(), "name");
        require(s.periodStart() != null, "periodStart", "required");
        require(s.periodEnd() != null, "periodEnd", "required");
        require(!s.periodEnd().isBefore(s.periodStart()), "periodEnd", "periodOrder");
        require(s.budgetFen() > 0, "budgetFen", "positive");
        require(s.benefit() != null, "benefit", "required");
        requireText(s.item(), "item");
        require(s.unitFen() > 0, "unitFen", "positive");
        require(s.unitFen() <= s.budgetFen(), "unitFen", "unitOverBudget");
        require(s.delivery() != null, "delivery", "required");
        checkEligibility(s.eligibility() == null ? Eligibility.everyone() : s.eligibility());
        Set<String> agencies = new HashSet<>();
        for (QuotaLine q : s.quotas()) {
            require(q != null && q.agencyCode() != null && !q.agencyCode().isBlank(), "quotas", "required");
            require(q.quota() >= 0, "quotas", "positive");
            require(agencies.add(q.agencyCode()), "quotas", "duplicateAgency");
        }
    }

    private static void checkEligibility(Eligibility e) {
        require(e.minAge() == null || (e.minAge() >= 0 && e.minAge() <= MAX_AGE), "eligibility.minAge", "age");
        require(e.maxAge() == null || (e.maxAge() >= 0 && e.maxAge() <= MAX_AGE), "eligibility.maxAge", "age");
        require(e.minAge() == null || e.maxAge() == null || e.minAge() <= e.maxAge(), "eligibility.maxAge", "ageOrder");
    }

    private static void requireText(String text, String field) {
        require(text != null && !text.isBlank(), field, "required");
        require(text.length() <= MAX_TEXT && text.chars().noneMatch(Character::isISOControl), field, "text");
    }

    private static void require(boolean ok, String field, String rule) {
        if (!ok) {
            throw Refused.badInput(field, PREFIX + rule, field);
        }
    }
}
