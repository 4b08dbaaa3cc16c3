package org.huzhu.campaigns.api.giveaway;

import java.util.List;

/** Headquarters' read of one city's giveaways that opened in a year, each with its figures. */
public record CityGiveaways(String tenantId, String nameZh, String nameEn, List<Line> giveaways) {

    /** One giveaway: its title and kind of item, with the same figures its office sees. */
    public record Line(String title, GiveawayItem item, GiveawayFigures figures) {
    }
}
