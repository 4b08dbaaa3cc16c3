package org.huzhu.relief.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which agency office a member's aid is counted under, from the member's org path. */
class AgencyOfTest {

    private static final Map<Long, String> AGENCIES = Map.of(5L, "东城区办事处", 9L, "怀柔区办事处");

    @Test
    void the_first_agency_office_on_the_path_counts() {
        assertThat(ReliefFiguresService.agencyOf("/1/5/23/", AGENCIES)).isEqualTo("东城区办事处");
        assertThat(ReliefFiguresService.agencyOf("/1/9/41/77/", AGENCIES)).isEqualTo("怀柔区办事处");
    }

    @Test
    void a_union_directly_under_the_office_counts_as_the_office_s_own() {
        assertThat(ReliefFiguresService.agencyOf("/1/23/", AGENCIES)).isEmpty();
        assertThat(ReliefFiguresService.agencyOf(null, AGENCIES)).isEmpty();
    }
}
