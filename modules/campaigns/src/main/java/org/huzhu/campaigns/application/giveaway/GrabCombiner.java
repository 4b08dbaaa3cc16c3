package org.huzhu.campaigns.application.giveaway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.huzhu.campaigns.api.giveaway.GrabResult;
import org.huzhu.campaigns.domain.giveaway.Giveaway;
import org.huzhu.tenancy.api.TenantContext;

/**
 * Gathers the grabs of one giveaway that arrive while a batch is being written, and has the next request thread in
 * line write them all as the next batch (flat combining: no thread of our own, so the batch runs in a request's
 * tenant context). Each grab is answered after the commit of the batch that holds it, so an answer is never lost by
 * a crash and nothing is answered that did not commit. A batch that fails is rolled back whole and its grabs are
 * tried again one by one, each a batch of its own (a ticket code drawn twice, or a key taken by a grab of another
 * server that read the tickets before this one's commit); a grab that fails alone too is answered with the failure
 * (the member's retry with the same key is safe).
 */
@ApplicationScoped
public class GrabCombiner {

    /** The most grabs one transaction writes: ~500 ticket and notice rows stay a few milliseconds of work. */
    static final int MOST = 500;

    private static final class Line {
        final ReentrantLock lock = new ReentrantLock();
        final ConcurrentLinkedQueue<Slot> waiting = new ConcurrentLinkedQueue<>();
    }

    private static final class Slot {
        final PendingGrab grab;
        boolean done;
        GrabResult result;
        RuntimeException failure;

        Slot(PendingGrab grab) {
            this.grab = grab;
        }
    }

    private static final Logger LOG = Logger.getLogger(GrabCombiner.class.getName());

    private final ConcurrentHashMap<String, Line> lines = new ConcurrentHashMap<>();

    @Inject
    TenantContext context;

    @Inject
    GrabBatches batches;

    /** The grab's answer once its batch has committed. */
    GrabResult grab(Giveaway giveaway, PendingGrab grab) {
        Line line = lines.computeIfAbsent(context.tenant().value() + "/" + giveaway.id(), k -> new Line());
        Slot mine = new Slot(grab);
        line.waiting.add(mine);
        line.lock.lock();
        try {
            // Whoever held the lock before may have written this grab already (answered under the lock, so seen here).
            while (!mine.done) {
                write(giveaway, drain(line.waiting));
            }
        } finally {
            line.lock.unlock();
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
        return mine.result;
    }

    private static List<Slot> drain(ConcurrentLinkedQueue<Slot> waiting) {
        List<Slot> batch = new ArrayList<>();
        for (Slot s = waiting.poll(); s != null; s = batch.size() < MOST ? waiting.poll() : null) {
            batch.add(s);
        }
        return batch;
    }

    private void write(Giveaway giveaway, List<Slot> batch) {
        try {
            List<GrabResult> results = batches.run(giveaway, batch.stream().map(s -> s.grab).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).result = results.get(i);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "a batch of {0} grabs rolled back ({1}); tried one by one",
                    new Object[] {batch.size(), e.getClass().getSimpleName()});
            batch.forEach(s -> alone(giveaway, s));
        }
        batch.forEach(s -> s.done = true);
    }

    private void alone(Giveaway giveaway, Slot slot) {
        try {
            slot.result = batches.run(giveaway, List.of(slot.grab)).get(0);
        } catch (RuntimeException e) {
            slot.failure = e;
        }
    }
}
