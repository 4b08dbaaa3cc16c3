package org.huzhu.campaigns.application.giveaway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.huzhu.campaigns.api.giveaway.GrabOutcome;
import org.huzhu.campaigns.api.giveaway.GrabResult;
import org.huzhu.campaigns.api.giveaway.TicketStatus;
import org.huzhu.campaigns.api.giveaway.TicketView;
import org.huzhu.campaigns.domain.giveaway.Giveaway;
import org.huzhu.campaigns.domain.giveaway.GiveawayTicket;
import org.huzhu.campaigns.domain.giveaway.GrabBatch;
import org.huzhu.campaigns.domain.giveaway.GrabRules;
import org.huzhu.campaigns.domain.giveaway.HoldRules;
import org.huzhu.campaigns.domain.giveaway.TicketCodes;
import org.huzhu.campaigns.infrastructure.giveaway.GrabStore;
import org.huzhu.tenancy.api.Notice;

/**
 * One batch of grabs of a giveaway in ONE transaction ({@link GrabStore#inBatch}): the pool's row locked first, then
 * the askers' tickets read, every attempt decided ({@link GrabBatch}), and the tickets, their notices, the waitlist
 * places and the pool's decrement written together. A commit waits for the log's flush; one commit for a batch
 * instead of one per grab is what lets a popular giveaway answer thousands a second (the row is locked once per
 * batch, not once per grab).
 */
@ApplicationScoped
public class GrabBatches {

    @Inject
    GrabStore store;

    @Inject
    GiveawayNotices notices;

    /** Decides and writes the batch; one result per pending grab, in order. Any failure rolls all of it back. */
    public List<GrabResult> run(Giveaway giveaway, List<PendingGrab> batch) {
        return store.inBatch(tx -> {
            GrabStore.Pool pool = tx.lockPool(giveaway.id());
            Map<Long, List<GrabStore.StoredTicket>> stored = tx.tickets(giveaway.id(),
                    batch.stream().map(p -> p.member().memberId()).distinct().toList());
            boolean holdsOpen = pool.remaining() < batch.size() && tx.holdsOpen(giveaway.id());
            Map<Long, List<GrabRules.Owned>> owned = new HashMap<>();
            stored.forEach((m, ts) -> owned.put(m, ts.stream().map(t -> new GrabRules.Owned(t.key(), t.slot(),
                    t.status() != TicketStatus.RELEASED)).toList()));
            List<GrabBatch.Decision> decisions = GrabBatch.decide(batch.stream().map(p -> new GrabBatch.Ask(
                    p.member().memberId(), p.key())).toList(), owned, pool.remaining(), pool.limit(), holdsOpen);
            return write(tx, giveaway, batch, decisions, stored);
        });
    }

    private List<GrabResult> write(GrabStore.Batch tx, Giveaway giveaway, List<PendingGrab> batch,
                                   List<GrabBatch.Decision> decisions, Map<Long, List<GrabStore.StoredTicket>> stored) {
        LocalDateTime now = LocalDateTime.now();
        LocalDateTime holdUntil = HoldRules.holdUntil(now, giveaway.holdMinutes());
        List<Object[]> tickets = new ArrayList<>();
        List<Notice> won = new ArrayList<>();
        List<Long> waitlisted = new ArrayList<>();
        Map<String, TicketView> wonNow = new HashMap<>();
        List<GrabResult> results = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            PendingGrab p = batch.get(i);
            long member = p.member().memberId();
            GrabBatch.Decision decision = decisions.get(i);
            if (decision instanceof GrabBatch.Win win) {
                String code = TicketCodes.next();
                tickets.add(GiveawayTicket.row(giveaway.id(), member, win.slot(), code, p.key(), false, now, holdUntil));
                won.add(notices.won(member, p.member().phoneCipher(), giveaway.title(), code, holdUntil));
                TicketView view = new TicketView(giveaway.id(), giveaway.title(), giveaway.item(), code,
                        TicketStatus.HELD, now, holdUntil, null);
                wonNow.put(member + "/" + p.key(), view);
                results.add(GrabResult.won(view));
            } else if (decision instanceof GrabBatch.Replay replay) {
                TicketView view = wonNow.get(member + "/" + replay.key());
                results.add(GrabResult.won(view != null ? view : stored.get(member).stream()
                        .filter(t -> t.key().equals(replay.key())).findFirst()
                        .map(t -> new TicketView(giveaway.id(), giveaway.title(), giveaway.item(), t.code(), t.status(),
                                t.wonAt(), t.holdUntil(), t.confirmedAt())).orElseThrow()));
            } else {
                GrabOutcome outcome = ((GrabBatch.Refusal) decision).outcome();
                if (outcome == GrabOutcome.WAITLISTED) {
                    waitlisted.add(member);
                }
                results.add(GrabResult.of(outcome));
            }
        }
        tx.write(giveaway.id(), tickets, won, waitlisted, now);
        return results;
    }
}
