package org.huzhu.campaigns.infrastructure.distribution;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.huzhu.campaigns.api.CampaignType;
import org.huzhu.campaigns.api.distribution.CityCampaigns;

/** One city's campaigns of a year for headquarters, through the entity manager headquarters' reader binds to it. */
public final class CityCampaignQueries {

    private CityCampaignQueries() {
    }

    public static List<CityCampaigns.Line> lines(EntityManager em, int year) {
        Map<Long, Long> reached = new HashMap<>();
        em.createQuery("select d.campaignId, count(d) from Delivery d, Campaign c where d.campaignId = c.id "
                        + "and c.periodStart >= :from and c.periodStart < :to group by d.campaignId", Object[].class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1))
                .getResultList().forEach(r -> reached.put((Long) r[0], (Long) r[1]));
        Map<CampaignType, Long> lastYear = new HashMap<>();
        em.createQuery("select c.type, count(d) from Delivery d, Campaign c where d.campaignId = c.id "
                        + "and c.periodStart >= :from and c.periodStart < :to group by c.type", Object[].class)
                .setParameter("from", LocalDate.of(year - 1, 1, 1)).setParameter("to", LocalDate.of(year, 1, 1))
                .getResultList().forEach(r -> lastYear.put((CampaignType) r[0], (Long) r[1]));
        return em.createQuery("select c.id, c.type, c.name, c.budgetFen, c.spentFen from Campaign c "
                        + "where c.periodStart >= :from and c.periodStart < :to order by c.periodStart, c.id", Object[].class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1))
                .getResultList().stream().map(r -> new CityCampaigns.Line((Long) r[0], (CampaignType) r[1],
                        (String) r[2], (Long) r[3], (Long) r[4], reached.getOrDefault((Long) r[0], 0L),
                        lastYear.getOrDefault((CampaignType) r[1], 0L))).toList();
    }
}
