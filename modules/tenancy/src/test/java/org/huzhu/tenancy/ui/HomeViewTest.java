package org.huzhu.tenancy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Menu;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.huzhu.kernel.tenant.TenantId;
import org.huzhu.tenancy.api.Caller;
import org.huzhu.tenancy.api.Role;
import org.junit.jupiter.api.Test;

class HomeViewTest {

    @HomeFor(Role.MEMBER)
    @Menu(title = "mine", order = 2)
    static class MyCover extends Div {
    }

    @HomeFor({Role.OFFICE_ADMIN, Role.GRASSROOTS_CLERK})
    @Menu(title = "members", order = 2)
    static class Members extends Div {
    }

    @HomeFor(Role.OFFICE_ADMIN)
    @Menu(title = "later", order = 9)
    static class Later extends Div {
    }

    static class Other extends Div {
    }

    private static final List<Class<? extends Component>> VIEWS = List.of(Other.class, Later.class, MyCover.class,
            Members.class);

    @Test
    void a_member_lands_on_their_own_cover_not_on_the_staff_registry() {
        assertThat(HomeView.homeOf(caller(Role.MEMBER), VIEWS)).contains(MyCover.class);
    }

    @Test
    void staff_land_on_the_first_home_of_their_roles_in_menu_order() {
        assertThat(HomeView.homeOf(caller(Role.OFFICE_ADMIN), VIEWS)).contains(Members.class);
        assertThat(HomeView.homeOf(caller(Role.GRASSROOTS_CLERK), VIEWS)).contains(Members.class);
    }

    @Test
    void a_login_whose_roles_have_no_home_gets_none() {
        assertThat(HomeView.homeOf(caller(Role.HQ_ANALYST), VIEWS)).isEmpty();
    }

    private static Caller caller(Role role) {
        return new Caller("someone", Optional.of(new TenantId("beijing")), Set.of(role), null);
    }
}
