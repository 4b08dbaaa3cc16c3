package org.huzhu.payouts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huzhu.payouts.api.Payable;
import org.huzhu.payouts.api.PayableKind;
import org.huzhu.payouts.api.PayableSource;
import org.junit.jupiter.api.Test;

/** A run gathers every module's payables: claims, relief grants, loan subsidies, campaign cash, a chunk at a time. */
class GatheringFromSeveralSourcesTest {

    private static final long RUN = 7;

    @Test
    void a_chunk_draws_from_the_sources_in_kind_order_until_it_is_full() {
        InMemoryPayables cash = new InMemoryPayables(PayableKind.CAMPAIGN_CASH, 5, 1);
        InMemoryPayables claims = new InMemoryPayables(PayableKind.CLAIM, 3, 1);
        InMemoryPayables grants = new InMemoryPayables(PayableKind.RELIEF_GRANT, 4, 1);
        Map<PayableKind, PayableSource> sources = ChunkGathering.byKind(List.of(cash, claims, grants));

        List<ChunkGathering.Drawn> chunk = ChunkGathering.fill(sources, 6);

        assertThat(chunk).extracting(d -> d.source().kind())
                .containsExactly(PayableKind.CLAIM, PayableKind.RELIEF_GRANT);
        assertThat(chunk.get(0).payables()).hasSize(3);
        assertThat(chunk.get(1).payables()).extracting(Payable::sourceId).containsExactly(1L, 2L, 3L);
        assertThat(ChunkGathering.count(chunk)).isEqualTo(6);
        assertThat(ChunkGathering.totalFen(chunk)).isEqualTo((101 + 102 + 103) * 2);
    }

    @Test
    void a_run_gathers_every_payable_of_every_source_once_in_chunks_and_pays_each_through_its_own_source() {
        InMemoryPayables claims = new InMemoryPayables(PayableKind.CLAIM, 25, 1);
        InMemoryPayables subsidies = new InMemoryPayables(PayableKind.LOAN_SUBSIDY, 7, 1);
        InMemoryPayables cash = new InMemoryPayables(PayableKind.CAMPAIGN_CASH, 12, 1);
        Map<PayableKind, PayableSource> sources = ChunkGathering.byKind(List.of(subsidies, cash, claims));
        List<Integer> sizes = new ArrayList<>();
        Set<String> references = new HashSet<>();

        for (List<ChunkGathering.Drawn> chunk = ChunkGathering.fill(sources, 10); !chunk.isEmpty();
             chunk = ChunkGathering.fill(sources, 10)) {
            chunk.forEach(d -> d.source().schedule(RUN, d.payables(), "officer"));
            chunk.forEach(d -> d.payables().forEach(p -> references.add(
                    PaymentReference.of(RUN, p.kind(), p.sourceId()))));
            sizes.add(ChunkGathering.count(chunk));
        }

        assertThat(sizes).containsExactly(10, 10, 10, 10, 4);
        assertThat(references).as("one payment reference per payable, though ids repeat across kinds").hasSize(44)
                .contains("HZ7-1", "HZ7-L1", "HZ7-K1");
        for (long id = 1; id <= 25; id++) {
            assertThat(claims.run(id)).isEqualTo(RUN);
        }
        assertThat(subsidies.markPaid(RUN, List.of(1L, 2L), java.time.LocalDate.of(2026, 11, 27), "bank"))
                .isEqualTo(2);
        assertThat(subsidies.markPaid(RUN, List.of(1L), java.time.LocalDate.of(2026, 11, 27), "bank"))
                .as("paid once").isZero();
        assertThat(cash.markFailed(RUN + 1, 3, "card closed", "bank")).as("only by the run it is on").isZero();
        assertThat(claims.state(1)).isEqualTo(InMemoryPayables.State.SCHEDULED);
    }

    @Test
    void what_one_read_drew_is_cut_into_chunks_in_the_order_drawn_a_source_across_two_if_need_be() {
        InMemoryPayables claims = new InMemoryPayables(PayableKind.CLAIM, 7, 1);
        InMemoryPayables grants = new InMemoryPayables(PayableKind.RELIEF_GRANT, 4, 1);
        List<ChunkGathering.Drawn> drawn = ChunkGathering.fill(ChunkGathering.byKind(List.of(grants, claims)), 10);

        List<List<ChunkGathering.Drawn>> chunks = ChunkGathering.split(drawn, 5);

        assertThat(chunks).extracting(ChunkGathering::count).containsExactly(5, 5);
        assertThat(chunks.get(0)).extracting(d -> d.source().kind()).containsExactly(PayableKind.CLAIM);
        assertThat(chunks.get(1)).extracting(d -> d.source().kind())
                .containsExactly(PayableKind.CLAIM, PayableKind.RELIEF_GRANT);
        assertThat(chunks.get(1).get(0).payables()).extracting(Payable::sourceId).containsExactly(6L, 7L);
        assertThat(chunks.get(1).get(1).payables()).extracting(Payable::sourceId).containsExactly(1L, 2L, 3L);
        assertThat(chunks.stream().mapToLong(ChunkGathering::totalFen).sum())
                .isEqualTo(ChunkGathering.totalFen(drawn));
        assertThat(ChunkGathering.split(drawn, 100)).hasSize(1);
        assertThat(ChunkGathering.split(List.of(), 5)).isEmpty();
    }

    @Test
    void nothing_left_in_any_source_ends_the_gathering() {
        Map<PayableKind, PayableSource> sources = ChunkGathering.byKind(List.of(
                new InMemoryPayables(PayableKind.CLAIM, 0, 1), new InMemoryPayables(PayableKind.CONDOLENCE, 0, 1)));
        assertThat(ChunkGathering.fill(sources, 1_000)).isEmpty();
        assertThat(ChunkGathering.fill(ChunkGathering.byKind(List.of()), 1_000)).isEmpty();
    }

    @Test
    void two_sources_for_one_kind_are_refused_as_both_would_mark_a_payable_paid() {
        assertThatThrownBy(() -> ChunkGathering.byKind(List.of(new InMemoryPayables(PayableKind.CLAIM, 1, 1),
                new InMemoryPayables(PayableKind.CLAIM, 1, 100)))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("two payable sources for CLAIM");
    }

    @Test
    void a_source_giving_more_than_asked_or_another_kind_is_refused() {
        InMemoryPayables claims = new InMemoryPayables(PayableKind.CLAIM, 5, 1);
        PayableSource greedy = new Wrapping(claims, PayableKind.CLAIM, 1);
        assertThatThrownBy(() -> ChunkGathering.fill(ChunkGathering.byKind(List.of(greedy)), 2))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("asked for 2");
        PayableSource mislabelled = new Wrapping(claims, PayableKind.RELIEF_GRANT, 0);
        assertThatThrownBy(() -> ChunkGathering.fill(ChunkGathering.byKind(List.of(mislabelled)), 2))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("gave a CLAIM payable");
    }

    /** A faulty module: gives {@code extra} payables more than asked, or claims another kind than its payables'. */
    private record Wrapping(InMemoryPayables inner, PayableKind kind, int extra) implements PayableSource {
        @Override
        public List<Payable> approvedUnscheduled(int limit) {
            return inner.approvedUnscheduled(limit + extra);
        }

        @Override
        public void schedule(long runId, List<Payable> payables, String actor) {
            inner.schedule(runId, payables, actor);
        }

        @Override
        public int markPaid(long runId, java.util.Collection<Long> ids, java.time.LocalDate on, String actor) {
            return inner.markPaid(runId, ids, on, actor);
        }

        @Override
        public int markFailed(long runId, long sourceId, String reason, String actor) {
            return inner.markFailed(runId, sourceId, reason, actor);
        }
    }
}
