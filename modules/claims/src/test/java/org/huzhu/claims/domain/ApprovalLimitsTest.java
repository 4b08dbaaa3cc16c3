package org.huzhu.claims.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.huzhu.tenancy.api.Role;
import org.junit.jupiter.api.Test;

/** Delegated authority: who approves how much, and which level a claim in review goes to. */
class ApprovalLimitsTest {

    private final ApprovalLimits limits = ApprovalLimits.DEFAULT;

    @Test
    void an_agency_office_approves_up_to_5000_yuan() {
        assertThat(limits.allows(Set.of(Role.AGENCY_CLERK), 500_000)).isTrue();
        assertThat(limits.allows(Set.of(Role.AGENCY_CLERK), 500_001)).isFalse();
    }

    @Test
    void the_claims_officer_has_a_higher_limit_and_the_office_admin_none() {
        assertThat(limits.allows(Set.of(Role.CLAIMS_OFFICER), 5_000_000)).isTrue();
        assertThat(limits.allows(Set.of(Role.CLAIMS_OFFICER), 5_000_001)).isFalse();
        assertThat(limits.allows(Set.of(Role.OFFICE_ADMIN), 999_999_999L)).isTrue();
    }

    @Test
    void clerks_of_grassroots_unions_and_members_decide_nothing() {
        assertThat(limits.decides(Set.of(Role.GRASSROOTS_CLERK))).isFalse();
        assertThat(limits.decides(Set.of(Role.MEMBER))).isFalse();
        assertThat(limits.allows(Set.of(Role.GRASSROOTS_CLERK), 1)).isFalse();
    }

    @Test
    void a_claim_within_the_agency_limit_is_decided_by_the_agency_office_if_the_member_has_one() {
        assertThat(limits.levelFor(500_000, true)).isEqualTo(ReviewLevel.AGENCY);
        assertThat(limits.levelFor(500_001, true)).isEqualTo(ReviewLevel.CITY);
        assertThat(limits.levelFor(100, false)).isEqualTo(ReviewLevel.CITY);
    }

    @Test
    void limits_read_and_write_their_stored_form() {
        ApprovalLimits parsed = ApprovalLimits.parse("agency-clerk=300000,office-admin=");
        assertThat(parsed.format()).isEqualTo("agency-clerk=300000,office-admin=");
        assertThat(parsed.allows(Set.of(Role.CLAIMS_OFFICER), 1)).isFalse();
        assertThatThrownBy(() -> ApprovalLimits.parse("boss=1")).hasMessageContaining("no role boss");
    }
}
