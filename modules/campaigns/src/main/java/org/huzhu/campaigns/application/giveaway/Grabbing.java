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
import org.huzhu.campaigns.domain.giveaway.HoldRules;
import org.huzhu.campaigns.domain.giveaway.TicketCodes;
import org.huzhu.campaigns.infrastructure.giveaway.GrabStore;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.TenantEntityManager;

/**
 * A member's grab: the rules first (open, eligible, quiz), then one read of the member's tickets of the giveaway (a
 * retry of an attempt that won answers its ticket; the lowest free slot under the limit), then one short transaction
 * ({@link GrabStore#take}). A concurrent grab of the same member taking the same slot makes the second try the next
 * slot; an empty pool puts the member on the waitlist while holds are open, else it is sold out.
 */
@ApplicationScoped
public class Grabbing {

    static final int MAX_KEY = 64;

    @Inject
    TenantEntityManager entityManager;

    @Inject
    GiveawayCache cache;

    @Inject
    GrabStore store;

    @Inject
    GiveawayNotices notices;

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
        for (int attempt = 0; attempt <= giveaway.perMemberLimit() + 2; attempt++) {
            List<GiveawayTicket> mine = mine(giveawayId, me.memberId());
            GrabRules.Step step = GrabRules.next(mine.stream().map(t -> new GrabRules.Owned(t.idempotencyKey(), t.slot(),
                    t.status() != TicketStatus.RELEASED)).toList(), key, giveaway.perMemberLimit());
            if (step instanceof GrabRules.Replay replay) {
                return GrabResult.won(view(mine.get(replay.index()), giveaway));
            }
            if (!(step instanceof GrabRules.TrySlot slot)) {
                return GrabResult.of(GrabOutcome.LIMIT_REACHED);
            }
            if (cache.lookedDry(giveawayId) && store.remaining(giveawayId) == 0) {
                return poolEmpty(giveawayId, me, now);
            }
            Optional<GrabResult> taken = take(giveaway, me, key, slot.slot(), now);
            if (taken.isPresent()) {
                return taken.get();
            }
        }
        return GrabResult.of(GrabOutcome.LIMIT_REACHED);
    }

    /** One try at the pool; empty when the try must be made again (slot or code taken meanwhile, or it won before). */
    private Optional<GrabResult> take(Giveaway giveaway, MemberFacts me, String key, int slot, LocalDateTime now) {
        String code = TicketCodes.next();
        LocalDateTime holdUntil = HoldRules.holdUntil(now, giveaway.holdMinutes());
        try {
            store.take(GiveawayTicket.row(giveaway.id(), me.memberId(), slot, code, key, false, now, holdUntil),
                    notices.won(me.memberId(), me.phoneCipher(), giveaway.title(), code, holdUntil), giveaway.id(), slot);
            return Optional.of(GrabResult.won(new TicketView(giveaway.id(), giveaway.title(), giveaway.item(), code,
                    TicketStatus.HELD, now, holdUntil, null)));
        } catch (GrabStore.Missed missed) {
            return switch (missed.miss()) {
                case POOL_EMPTY -> {
                    cache.markDry(giveaway.id());
                    yield Optional.of(poolEmpty(giveaway.id(), me, now));
                }
                case PAST_LIMIT -> Optional.of(GrabResult.of(GrabOutcome.LIMIT_REACHED));
                case DUPLICATE_ATTEMPT, SLOT_TAKEN, CODE_TAKEN -> Optional.empty();
            };
        }
    }

    /** No ticket in the pool: the waitlist while some hold may still lapse, else sold out. */
    private GrabResult poolEmpty(long giveawayId, MemberFacts me, LocalDateTime now) {
        boolean holdsOpen = !entityManager.get().createQuery("select t.id from GiveawayTicket t where t.giveawayId = :g "
                        + "and t.status = :held", Long.class).setParameter("g", giveawayId)
                .setParameter("held", TicketStatus.HELD).setMaxResults(1).getResultList().isEmpty();
        if (!holdsOpen) {
            return GrabResult.of(GrabOutcome.SOLD_OUT);
        }
        store.joinWaitlist(giveawayId, me.memberId(), now);
        return GrabResult.of(GrabOutcome.WAITLISTED);
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
