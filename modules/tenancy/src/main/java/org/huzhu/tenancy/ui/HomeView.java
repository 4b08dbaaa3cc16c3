package org.huzhu.tenancy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.huzhu.tenancy.api.Caller;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.TenantContext;

/**
 * The landing page sends each login to its role's home ({@link HomeFor}): headquarters to its overview, office
 * staff and clerks to their members, a member to their own cover. The shell knows no module's views; the views
 * say whose home they are. A login with no home gets a page saying so, never a refusal.
 */
@Dependent
@Route(value = "", layout = MainLayout.class)
@VisibleTo({Role.HQ_ANALYST, Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK,
        Role.MEMBER})
public class HomeView extends Div implements BeforeEnterObserver {

    private final TenantContext context;

    @Inject
    public HomeView(TenantContext context) {
        this.context = context;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Class<? extends Component>> home = homeOf(context.requireCaller(), RouteConfiguration
                .forApplicationScope().getAvailableRoutes().stream().map(RouteData::getNavigationTarget).toList());
        if (home.isPresent()) {
            event.forwardTo(home.get());
        } else {
            removeAll();
            add(new H2(getTranslation("shell.home.none")));
        }
    }

    /** The caller's home: among the views marked for one of their roles, the first in menu order. */
    static Optional<Class<? extends Component>> homeOf(Caller caller, Collection<Class<? extends Component>> views) {
        return views.stream()
                .filter(view -> view.isAnnotationPresent(HomeFor.class))
                .filter(view -> Arrays.stream(view.getAnnotation(HomeFor.class).value()).anyMatch(caller::has))
                .min(Comparator.comparingDouble(view -> view.isAnnotationPresent(Menu.class)
                        ? view.getAnnotation(Menu.class).order() : Double.MAX_VALUE));
    }
}
