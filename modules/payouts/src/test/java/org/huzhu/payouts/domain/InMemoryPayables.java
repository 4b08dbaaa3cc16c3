package org.huzhu.payouts.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.huzhu.payouts.api.Payable;
import org.huzhu.payouts.api.PayableKind;
import org.huzhu.payouts.api.PayableSource;

/**
 * A {@link PayableSource} holding its payables in memory, with the contract's conditional state changes (approved
 * -> on a run -> paid or failed), as a module would keep them in its tables: for the gathering rules' tests.
 */
final class InMemoryPayables implements PayableSource {

    enum State { APPROVED, SCHEDULED, PAID, FAILED }

    private final PayableKind kind;
    private final Map<Long, Payable> payables = new LinkedHashMap<>();
    private final Map<Long, State> states = new LinkedHashMap<>();
    private final Map<Long, Long> runs = new LinkedHashMap<>();

    InMemoryPayables(PayableKind kind, int count, long firstId) {
        this.kind = kind;
        for (long id = firstId; id < firstId + count; id++) {
            payables.put(id, new Payable(kind, id, 1_000 + id, "payee " + id, 100 + id));
            states.put(id, State.APPROVED);
        }
    }

    @Override
    public PayableKind kind() {
        return kind;
    }

    @Override
    public List<Payable> approvedUnscheduled(int limit) {
        return payables.values().stream().filter(p -> states.get(p.sourceId()) == State.APPROVED).limit(limit)
                .toList();
    }

    @Override
    public void schedule(long runId, List<Payable> taken, String actor) {
        for (Payable p : taken) {
            if (states.get(p.sourceId()) != State.APPROVED) {
                throw new IllegalStateException(kind + " " + p.sourceId() + " was taken by another run");
            }
        }
        taken.forEach(p -> {
            states.put(p.sourceId(), State.SCHEDULED);
            runs.put(p.sourceId(), runId);
        });
    }

    @Override
    public int markPaid(long runId, Collection<Long> sourceIds, LocalDate paidOn, String actor) {
        return (int) new ArrayList<>(sourceIds).stream().filter(id -> move(runId, id, State.PAID)).count();
    }

    @Override
    public int markFailed(long runId, long sourceId, String reason, String actor) {
        return move(runId, sourceId, State.FAILED) ? 1 : 0;
    }

    private boolean move(long runId, long id, State to) {
        if (states.get(id) != State.SCHEDULED || runs.get(id) != runId) {
            return false;
        }
        states.put(id, to);
        return true;
    }

    State state(long id) {
        return states.get(id);
    }

    Long run(long id) {
        return runs.get(id);
    }
}
