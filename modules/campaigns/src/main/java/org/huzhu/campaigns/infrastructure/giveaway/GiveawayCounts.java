package org.huzhu.campaigns.infrastructure.giveaway;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.huzhu.campaigns.api.giveaway.CityGiveaways;
import org.huzhu.campaigns.api.giveaway.GiveawayFigures;
import org.huzhu.campaigns.api.giveaway.TicketStatus;
import org.huzhu.campaigns.domain.giveaway.Giveaway;
import org.huzhu.campaigns.domain.giveaway.WaitlistEntry;

/**
 * A giveaway's figures counted through the entity manager given: the office's own, or a city's for headquarters
 * through the entity manager headquarters' reader binds to it.
 */
public final class GiveawayCounts {

    private GiveawayCounts() {
    }

    public static GiveawayFigures figures(EntityManager em, long id, int quota, int remaining) {
        long[] byStatus = new long[TicketStatus.values().length];
        em.createQuery("select t.status, count(t) from GiveawayTicket t where t.giveawayId = :g group by t.status",
                Object[].class).setParameter("g", id).getResultList()
                .forEach(r -> byStatus[((TicketStatus) r[0]).ordinal()] = (Long) r[1]);
        long waiting = em.createQuery("select count(w) from WaitlistEntry w where w.giveawayId = :g "
                + "and w.status = :waiting", Long.class).setParameter("g", id)
                .setParameter("waiting", WaitlistEntry.WAITING).getSingleResult();
        long held = byStatus[TicketStatus.HELD.ordinal()];
        long confirmed = byStatus[TicketStatus.CONFIRMED.ordinal()];
        long released = byStatus[TicketStatus.RELEASED.ordinal()];
        return new GiveawayFigures(id, quota, held + confirmed + released, confirmed, held, released, waiting,
                remaining);
    }

    /** The giveaways that opened in the year, in opening order, each with its figures. */
    public static List<CityGiveaways.Line> lines(EntityManager em, int year) {
        return em.createQuery("select g from Giveaway g where g.opensAt >= :from and g.opensAt < :to "
                        + "order by g.opensAt, g.id", Giveaway.class)
                .setParameter("from", LocalDate.of(year, 1, 1).atStartOfDay())
                .setParameter("to", LocalDate.of(year + 1, 1, 1).atStartOfDay()).getResultList().stream()
                .map(g -> new CityGiveaways.Line(g.title(), g.item(), figures(em, g.id(), g.quota(), g.remaining())))
                .toList();
    }
}
