package org.huzhu.payouts.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.huzhu.payouts.api.Payable;
import org.huzhu.payouts.api.PayableKind;
import org.huzhu.payouts.api.PayableSource;

/**
 * How one chunk of a run is filled from every module that has payables: the sources in the order of their kinds
 * (claims first, campaign cash last), each asked for at most the room the chunk has left. A chunk therefore holds
 * at most {@code size} payables, one source is drained before the next is asked, and the run is gathered when a
 * chunk finds nothing in any source. The caller schedules what a chunk drew and writes its payments in one
 * transaction, so a chunk is taken whole or not at all.
 */
public final class ChunkGathering {

    private ChunkGathering() {
    }

    /** What one source gave to a chunk. */
    public record Drawn(PayableSource source, List<Payable> payables) {
    }

    /**
     * The sources by kind, in kind order.
     *
     * @throws IllegalStateException when two sources claim one kind: a payable must have one owner, or two modules
     *                               would both mark it paid
     */
    public static Map<PayableKind, PayableSource> byKind(Iterable<? extends PayableSource> sources) {
        Map<PayableKind, PayableSource> byKind = new EnumMap<>(PayableKind.class);
        for (PayableSource source : sources) {
            PayableSource earlier = byKind.putIfAbsent(source.kind(), source);
            if (earlier != null) {
                throw new IllegalStateException("two payable sources for " + source.kind() + ": "
                        + earlier.getClass().getName() + " and " + source.getClass().getName());
            }
        }
        return Collections.unmodifiableMap(byKind);
    }

    /**
     * Fills a chunk of at most {@code size} payables; empty when no source has any left.
     *
     * @throws IllegalStateException when a source gives more than it was asked for or a payable of another kind
     */
    public static List<Drawn> fill(Map<PayableKind, PayableSource> byKind, int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("a chunk holds at least one payable");
        }
        List<Drawn> chunk = new ArrayList<>();
        int room = size;
        for (PayableSource source : byKind.values()) {
            if (room == 0) {
                break;
            }
            List<Payable> given = List.copyOf(source.approvedUnscheduled(room));
            check(source, given, room);
            if (!given.isEmpty()) {
                chunk.add(new Drawn(source, given));
                room -= given.size();
            }
        }
        return chunk;
    }

    /**
     * Cuts what one read drew into chunks of at most {@code size}, in the order drawn: the first chunk holds the
     * oldest payables, and a source's payables may be cut across two chunks. Each chunk is then written on its own.
     */
    public static List<List<Drawn>> split(List<Drawn> drawn, int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("a chunk holds at least one payable");
        }
        List<List<Drawn>> chunks = new ArrayList<>();
        List<Drawn> chunk = new ArrayList<>();
        int room = size;
        for (Drawn d : drawn) {
            for (int from = 0; from < d.payables().size(); ) {
                int to = Math.min(d.payables().size(), from + room);
                chunk.add(new Drawn(d.source(), List.copyOf(d.payables().subList(from, to))));
                room -= to - from;
                from = to;
                if (room == 0) {
                    chunks.add(chunk);
                    chunk = new ArrayList<>();
                    room = size;
                }
            }
        }
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
        }
        return chunks;
    }

    private static void check(PayableSource source, List<Payable> given, int asked) {
        if (given.size() > asked) {
            throw new IllegalStateException(source.kind() + " gave " + given.size() + " payables, asked for " + asked);
        }
        for (Payable payable : given) {
            if (payable.kind() != source.kind()) {
                throw new IllegalStateException("the " + source.kind() + " source gave a " + payable.kind()
                        + " payable (" + payable.sourceId() + ")");
            }
        }
    }

    /** How many payables a chunk holds. */
    public static int count(List<Drawn> chunk) {
        return chunk.stream().mapToInt(d -> d.payables().size()).sum();
    }

    /** Their total in fen (never overflowing silently). */
    public static long totalFen(List<Drawn> chunk) {
        long fen = 0;
        for (Drawn drawn : chunk) {
            for (Payable payable : drawn.payables()) {
                fen = Math.addExact(fen, payable.amountFen());
            }
        }
        return fen;
    }
}
