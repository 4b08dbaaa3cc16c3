package org.huzhu.org.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.huzhu.tenancy.api.TenantContext;

/** The landing page sends headquarters to its overview and office users to their members. */
@Dependent
@Route("")
public class HomeView extends Div implements BeforeEnterObserver {

    private final TenantContext context;

    @Inject
    public HomeView(TenantContext context) {
        this.context = context;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(context.requireCaller().isHeadquarters() ? HeadquartersView.class : MembersView.class);
    }
}
