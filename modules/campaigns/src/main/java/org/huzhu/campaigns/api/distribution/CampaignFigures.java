package org.huzhu.campaigns.api.distribution;

import java.util.List;
import org.huzhu.campaigns.api.CampaignType;

/**
 * A campaign's figures: people reached and spend against budget, per agency office and grassroots union, and
 * the same type's campaign of the year before ({@code lastYear}, null when there was none).
 */
public record CampaignFigures(long campaignId, CampaignType type, String name, int year, long budgetFen,
                              long spentFen, long reached, Totals lastYear, List<Line> agencies, List<Line> unions) {

    /** One campaign's totals. */
    public record Totals(long campaignId, int year, long budgetFen, long spentFen, long reached) {
    }

    /** One org unit's figures this year and last year. */
    public record Line(long unitId, String code, String name, long eligible, long share, long reached,
                       long spentFen, long reachedLastYear) {
    }
}
