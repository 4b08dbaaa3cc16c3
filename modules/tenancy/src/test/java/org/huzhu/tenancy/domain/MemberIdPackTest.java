package org.huzhu.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MemberIdPackTest {

    @Test
    void ids_come_back_as_they_went_in_in_any_order() {
        List<Long> ids = new ArrayList<>(List.of(5L, 3L, Long.MAX_VALUE, 0L, 3L));
        Random random = new Random(1);
        for (int i = 0; i < 2_000; i++) {
            ids.add(1_000_000L + random.nextInt(5_000));
        }
        assertThat(MemberIdPack.unpack(MemberIdPack.pack(ids))).isEqualTo(ids);
        assertThat(MemberIdPack.unpack(MemberIdPack.pack(List.of()))).isEmpty();
    }

    @Test
    void a_chunk_of_close_ids_packs_into_a_few_kilobytes() {
        List<Long> ids = new ArrayList<>();
        for (long id = 4_000_000; id < 4_002_000; id++) {
            ids.add(id);
        }
        assertThat(MemberIdPack.pack(ids).length).isLessThan(4_000);
    }
}
