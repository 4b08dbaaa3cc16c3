package org.huzhu.campaigns.application.giveaway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.huzhu.campaigns.api.giveaway.TicketStatus;
import org.huzhu.campaigns.domain.giveaway.Giveaway;
import org.huzhu.campaigns.domain.giveaway.GiveawayTicket;
import org.huzhu.campaigns.domain.giveaway.HoldRules;
import org.huzhu.campaigns.domain.giveaway.TicketCodes;
import org.huzhu.campaigns.domain.giveaway.Waitlist;
import org.huzhu.campaigns.domain.giveaway.WaitlistEntry;
import org.huzhu.campaigns.infrastructure.giveaway.GrabStore;
import org.huzhu.org.api.MemberPhones;
import org.huzhu.tenancy.api.Notices;
import org.huzhu.tenancy.api.TenantEntityManager;
import org.huzhu.tenancy.api.TenantSql;

/**
 * Lapsed holds, each in one transaction: the ticket is released (only if still held and past its time, so a
 * confirmation that came first wins), then, under the giveaway's row lock, handed to the first on the waitlist who
 * still has a free slot (a new held ticket and a notice) or put back in the pool. Reminders before a hold lapses.
 */
@ApplicationScoped
public class HoldReleases {

    static final int BATCH = 100;

    @Inject
    TenantEntityManager entityManager;

    @Inject
    GrabStore store;

    @Inject
    GiveawayNotices texts;

    @Inject
    Notices notices;

    @Inject
    MemberPhones phones;

    @Inject
    TenantSql sql;

    /**
     * The cities holding tickets, read across cities before the round: with 300 cities, three reads each every few
     * seconds kept the database busy for cities that hold nothing.
     */
    public java.util.Set<org.huzhu.kernel.tenant.TenantId> tenantsHolding() {
        return sql.tenantsWith("giveaway_ticket", "status = ?", List.of(TicketStatus.HELD.name()));
    }

    /** The ids of held tickets whose hold has lapsed, oldest first. */
    public List<Long> lapsed(LocalDateTime now) {
        return entityManager.get().createQuery("select t.id from GiveawayTicket t where t.status = :held "
                        + "and t.holdUntil <= :now order by t.holdUntil", Long.class)
                .setParameter("held", TicketStatus.HELD).setParameter("now", now).setMaxResults(BATCH).getResultList();
    }

    /** Releases one lapsed hold; true when it was released (not confirmed meanwhile). */
    @Transactional
    public boolean release(long ticketId, LocalDateTime now) {
        GiveawayTicket ticket = entityManager.get().find(GiveawayTicket.class, ticketId);
        if (ticket == null || store.update("UPDATE giveaway_ticket SET status = 'RELEASED', released_at = ?, "
                + "version = version + 1 WHERE id = ? AND status = 'HELD' AND hold_until <= ?", now, ticketId, now) == 0) {
            return false;
        }
        store.lock(ticket.giveawayId());
        Giveaway giveaway = entityManager.get().find(Giveaway.class, ticket.giveawayId());
        entityManager.get().refresh(giveaway);
        List<WaitlistEntry> waiting = entityManager.get().createQuery("select w from WaitlistEntry w where "
                        + "w.giveawayId = :g and w.status = :waiting order by w.id", WaitlistEntry.class)
                .setParameter("g", giveaway.id()).setParameter("waiting", WaitlistEntry.WAITING).setMaxResults(50)
                .getResultList();
        Waitlist.Promotion promotion = Waitlist.promote(waiting.stream()
                .map(w -> new Waitlist.Waiting(w.id(), w.memberId())).toList(), liveSlots(giveaway.id(), waiting),
                giveaway.perMemberLimit());
        promotion.left().forEach(w -> store.update("UPDATE giveaway_waitlist SET status = 'LEFT', version = version + 1 "
                + "WHERE id = ? AND status = 'WAITING'", w.entryId()));
        if (promotion.promoted().isEmpty()) {
            store.update("UPDATE giveaway SET remaining = remaining + 1 WHERE id = ? AND remaining < quota", giveaway.id());
            return true;
        }
        promote(giveaway, promotion.promoted().get(), promotion.slot(), now);
        return true;
    }

    private void promote(Giveaway giveaway, Waitlist.Waiting waiting, int slot, LocalDateTime now) {
        String code = TicketCodes.next();
        LocalDateTime holdUntil = HoldRules.holdUntil(now, giveaway.holdMinutes());
        store.insertPromoted(GiveawayTicket.row(giveaway.id(), waiting.memberId(), slot, code,
                "waitlist:" + waiting.entryId(), true, now, holdUntil));
        store.update("UPDATE giveaway_waitlist SET status = 'PROMOTED', ticket_id = (SELECT id FROM giveaway_ticket "
                + "WHERE code = ? AND giveaway_id = ?), version = version + 1 WHERE id = ?", code, giveaway.id(),
                waiting.entryId());
        byte[] phone = phones.phoneCiphers(List.of(waiting.memberId())).get(waiting.memberId());
        notices.enqueue(List.of(texts.placeOpened(waiting.memberId(), phone, giveaway.title(), code, holdUntil)));
    }

    private Map<Long, List<Integer>> liveSlots(long giveawayId, List<WaitlistEntry> waiting) {
        Map<Long, List<Integer>> slots = new HashMap<>();
        if (waiting.isEmpty()) {
            return slots;
        }
        entityManager.get().createQuery("select t.memberId, t.slot from GiveawayTicket t where t.giveawayId = :g "
                        + "and t.status <> :released and t.memberId in :members", Object[].class)
                .setParameter("g", giveawayId).setParameter("released", TicketStatus.RELEASED)
                .setParameter("members", waiting.stream().map(WaitlistEntry::memberId).toList()).getResultList()
                .forEach(r -> slots.computeIfAbsent((Long) r[0], m -> new java.util.ArrayList<>()).add((Integer) r[1]));
        return slots;
    }

    /** Held tickets not reminded yet whose hold lapses within the longest reminder time: candidates for a reminder. */
    public List<Object[]> reminderCandidates(LocalDateTime now) {
        return entityManager.get().createQuery("select t.id, t.memberId, t.code, t.holdUntil, g.holdMinutes, g.title "
                        + "from GiveawayTicket t, Giveaway g where g.id = t.giveawayId and t.status = :held "
                        + "and t.reminded = false and t.holdUntil <= :soon order by t.holdUntil", Object[].class)
                .setParameter("held", TicketStatus.HELD).setParameter("soon", now.plusMinutes(30))
                .setMaxResults(BATCH).getResultList();
    }

    /** Sends the reminder of one hold, once (the flag and the notice in one transaction). */
    @Transactional
    public void remind(Object[] candidate, LocalDateTime now) {
        long ticketId = (Long) candidate[0];
        LocalDateTime holdUntil = (LocalDateTime) candidate[3];
        if (now.isBefore(HoldRules.remindAt(holdUntil, (Integer) candidate[4]))
                || store.update("UPDATE giveaway_ticket SET reminded = TRUE, version = version + 1 WHERE id = ? "
                + "AND status = 'HELD' AND reminded = FALSE", ticketId) == 0) {
            return;
        }
        long memberId = (Long) candidate[1];
        byte[] phone = phones.phoneCiphers(List.of(memberId)).get(memberId);
        notices.enqueue(List.of(texts.lapsing(memberId, phone, (String) candidate[5], (String) candidate[2], holdUntil)));
    }
}
