package org.huzhu.campaigns.domain.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AllottingTest {

    private static Map<Long, Long> unions(long... eligible) {
        Map<Long, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < eligible.length; i++) {
            m.put((long) i + 1, eligible[i]);
        }
        return m;
    }

    @Test
    void an_agency_quota_is_shared_in_proportion_and_adds_up_exactly() {
        Map<Long, Long> shares = Allotting.shares(unions(50, 30, 20), 10L);
        assertThat(shares).containsExactly(Map.entry(1L, 5L), Map.entry(2L, 3L), Map.entry(3L, 2L));
        Map<Long, Long> odd = Allotting.shares(unions(1, 1, 1), 2L);
        assertThat(odd.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(2);
        assertThat(odd).containsEntry(1L, 1L).containsEntry(2L, 1L).containsEntry(3L, 0L);
    }

    @Test
    void the_largest_remainder_gets_the_last_place() {
        Map<Long, Long> shares = Allotting.shares(unions(10, 29, 61), 7L);
        // exact: 0.7, 2.03, 4.27 -> 0, 2, 4 and the last place to the 0.7
        assertThat(shares).containsExactly(Map.entry(1L, 1L), Map.entry(2L, 2L), Map.entry(3L, 4L));
    }

    @Test
    void without_a_quota_or_with_room_to_spare_every_eligible_member_is_allotted() {
        assertThat(Allotting.shares(unions(5, 7), null)).containsExactly(Map.entry(1L, 5L), Map.entry(2L, 7L));
        assertThat(Allotting.shares(unions(5, 7), 100L)).containsExactly(Map.entry(1L, 5L), Map.entry(2L, 7L));
        assertThat(Allotting.shares(unions(5, 7), 0L)).containsExactly(Map.entry(1L, 0L), Map.entry(2L, 0L));
    }
}
