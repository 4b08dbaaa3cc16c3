package org.huzhu.org.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.huzhu.kernel.tenant.TenantId;
import org.huzhu.tenancy.api.AccessDeniedException;
import org.huzhu.tenancy.api.Caller;
import org.huzhu.tenancy.api.Role;
import org.junit.jupiter.api.Test;

class UnionPermissionsTest {

    private static Caller caller(Role role, String unit) {
        return new Caller("someone", Optional.of(new TenantId("beijing")), Set.of(role), unit);
    }

    @Test
    void the_office_admin_reviews_any_union_of_the_tenant() {
        assertThat(UnionPermissions.mayReview(caller(Role.OFFICE_ADMIN, "BJ"), "/", "/1/9/77/")).isTrue();
    }

    @Test
    void an_agency_clerk_reviews_unions_under_their_own_agency_office_only() {
        Caller clerk = caller(Role.AGENCY_CLERK, "BJ-DC");
        assertThat(UnionPermissions.mayReview(clerk, "/1/2/", "/1/2/40/")).isTrue();
        assertThat(UnionPermissions.mayReview(clerk, "/1/2/", "/1/3/41/")).isFalse();
        assertThat(UnionPermissions.mayReview(clerk, "/1/2/", "/1/2/")).as("their own office").isFalse();
        assertThat(UnionPermissions.mayReview(clerk, "/1/2/", "/1/22/50/")).as("a path sharing digits").isFalse();
    }

    @Test
    void grassroots_clerks_and_claims_officers_review_nothing() {
        assertThat(UnionPermissions.mayReview(caller(Role.GRASSROOTS_CLERK, "BJ-DC-001"), "/1/2/40/", "/1/2/40/"))
                .isFalse();
        assertThatThrownBy(() -> UnionPermissions.requireReviewer(caller(Role.CLAIMS_OFFICER, "BJ")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void grassroots_clerks_and_the_office_admin_register_but_members_do_not() {
        UnionPermissions.requireMayRegister(caller(Role.GRASSROOTS_CLERK, "BJ-DC-001"));
        UnionPermissions.requireMayRegister(caller(Role.OFFICE_ADMIN, "BJ"));
        assertThatThrownBy(() -> UnionPermissions.requireMayRegister(caller(Role.MEMBER, "BJ-DC-001")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_the_office_admin_moves_a_union() {
        UnionPermissions.requireMayMove(caller(Role.OFFICE_ADMIN, "BJ"));
        assertThatThrownBy(() -> UnionPermissions.requireMayMove(caller(Role.AGENCY_CLERK, "BJ-DC")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
