package org.huzhu.org.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnionCodesTest {

    @Test
    void a_union_under_an_agency_office_follows_the_highest_number_given_there() {
        assertThat(UnionCodes.next("BJ-DC", false, List.of("BJ-DC-001", "BJ-DC-008", "BJ-DC-002")))
                .isEqualTo("BJ-DC-009");
    }

    @Test
    void the_first_union_of_an_agency_office_is_number_one() {
        assertThat(UnionCodes.next("BJ-HR", false, List.of())).isEqualTo("BJ-HR-001");
    }

    @Test
    void direct_enrolment_numbers_under_the_city_office_with_four_digits() {
        assertThat(UnionCodes.next("BJ", true, List.of())).isEqualTo("BJ-D-0001");
        assertThat(UnionCodes.next("BJ", true, List.of("BJ-D-0001", "BJ-D-0007"))).isEqualTo("BJ-D-0008");
    }

    @Test
    void codes_of_other_offices_sharing_the_prefix_do_not_count() {
        // BJ-DC-001-X and the agency office BJ-DC itself are no numbered unions of BJ-DC.
        assertThat(UnionCodes.next("BJ-DC", false, List.of("BJ-DC", "BJ-DC-001-X", "BJ-DCX-050", "BJ-DC-004")))
                .isEqualTo("BJ-DC-005");
    }

    @Test
    void numbers_run_past_999_instead_of_wrapping() {
        assertThat(UnionCodes.next("BJ-DC", false, List.of("BJ-DC-999"))).isEqualTo("BJ-DC-1000");
    }
}
