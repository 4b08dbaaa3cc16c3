package org.huzhu.campaigns.application.giveaway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.huzhu.campaigns.api.giveaway.GrabOutcome;
import org.huzhu.campaigns.api.giveaway.GrabResult;
import org.huzhu.campaigns.api.giveaway.TicketStatus;
import org.huzhu.campaigns.api.giveaway.TicketView;
import org.huzhu.campaigns.domain.eligibility.MemberFacts;
import org.huzhu.campaigns.domain.giveaway.Giveaway;
import org.huzhu.campaigns.domain.giveaway.GiveawayTicket;
import org.huzhu.campaigns.domain.giveaway.GrabRules;
import org.huzhu.campaigns.infrastructure.giveaway.GrabStore;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.TenantEntityManager;

/**
 * A member's grab: the rules first (open, eligible, quiz), then the grab joins the giveaway's next batch
 * ({@link GrabCombiner}, {@link GrabBatches}): one transaction decides and writes every grab that arrived together
 * (a retry of an attempt that won answers its ticket; else the lowest free slot under the limit; an empty pool puts
 * the member on the waitlist while holds are open, else it is sold out). Confirming a held ticket.
 */
@ApplicationScoped
public class Grabbing {

    static final int MAX_KEY = 64;

    @Inject
    GiveawayCache cache;

    @Inject
    GrabStore store;

    @Inject
    TenantEntityManager entityManager;

    @Inject
    GrabCombiner combiner;

    GrabResult grab(MemberFacts me, long giveawayId, String key, String answer) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY) {
            throw Refused.badInput("idempotencyKey", "campaigns.giveaway.refused.key", MAX_KEY);
        }
        Giveaway giveaway = cache.get(giveawayId);
        LocalDateTime now = LocalDateTime.now();
        Optional<GrabRules.Refusal> refusal = GrabRules.precheck(giveaway, me, now, answer);
        if (refusal.isPresent()) {
            return new GrabResult(refusal.get().outcome(), null,
                    refusal.get().outcome() == GrabOutcome.NOT_OPEN ? giveaway.opensAt() : null, refusal.get().reason());
        }
        return combiner.grab(giveaway, new PendingGrab(me, key));
    }

    private List<GiveawayTicket> mine(long giveawayId, long memberId) {
        return entityManager.get().createQuery("select t from GiveawayTicket t where t.giveawayId = :g "
                        + "and t.memberId = :m", GiveawayTicket.class).setParameter("g", giveawayId)
                .setParameter("m", memberId)
                // the rows change under other transactions (grabs, the hold job): never an old copy from the cache
                .setHint("jakarta.persistence.cache.retrieveMode", jakarta.persistence.CacheRetrieveMode.BYPASS)
                .setHint("eclipselink.refresh", "true").getResultList();
    }

    TicketView confirm(MemberFacts me, long giveawayId, String code) {
        Giveaway giveaway = cache.get(giveawayId);
        GiveawayTicket ticket = mine(giveawayId, me.memberId()).stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> Refused.notFound("campaigns.giveaway.refused.ticketNotFound", code));
        if (ticket.status() == TicketStatus.CONFIRMED) {
            return view(ticket, giveaway);
        }
        LocalDateTime now = LocalDateTime.now();
        int confirmed = store.update("UPDATE giveaway_ticket SET status = 'CONFIRMED', confirmed_at = ?, "
                + "version = version + 1 WHERE id = ? AND status = 'HELD' AND hold_until > ?", now, ticket.id(), now);
        if (confirmed == 0) {
            throw Refused.conflict("campaigns.giveaway.refused.holdLapsed", code);
        }
        return new TicketView(giveawayId, giveaway.title(), giveaway.item(), code, TicketStatus.CONFIRMED,
                ticket.wonAt(), ticket.holdUntil(), now);
    }

    static TicketView view(GiveawayTicket t, Giveaway g) {
        return new TicketView(g.id(), g.title(), g.item(), t.code(), t.status(), t.wonAt(), t.holdUntil(),
                t.confirmedAt());
    }
}
