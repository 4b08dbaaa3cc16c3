package org.huzhu.org.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.huzhu.tenancy.api.Caller;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.ui.RouteRules;
import org.huzhu.tenancy.ui.VisibleTo;

/** The landing page sends headquarters to its overview, office users to their members, members to their cover. */
@Dependent
@Route("")
@VisibleTo({Role.HQ_ANALYST, Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK,
        Role.MEMBER})
public class HomeView extends Div implements BeforeEnterObserver {

    static final String MEMBER_HOME = "my-cover";

    private final TenantContext context;

    @Inject
    public HomeView(TenantContext context) {
        this.context = context;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Caller caller = context.requireCaller();
        if (caller.isHeadquarters()) {
            event.forwardTo(HeadquartersView.class);
        } else if (RouteRules.allows(MembersView.class, caller)) {
            event.forwardTo(MembersView.class);
        } else {
            event.forwardTo(MEMBER_HOME); // the enrolment module's 我的保障, named by route: org sits below it
        }
    }
}
