package org.huzhu.org.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.huzhu.org.api.HeadquartersFigures;
import org.huzhu.org.api.TenantFigures;
import org.huzhu.tenancy.api.CalendarCoverage;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.ui.CalendarNotice;
import org.huzhu.tenancy.ui.HomeFor;
import org.huzhu.tenancy.ui.MainLayout;
import org.huzhu.tenancy.ui.VisibleTo;

/** Headquarters' overview: every city office with its members and unions. Read-only. */
@Dependent
@Route(value = "hq", layout = MainLayout.class)
@Menu(title = "org.nav.hq", order = 0)
@HomeFor(Role.HQ_ANALYST)
@VisibleTo(Role.HQ_ANALYST)
public class HeadquartersView extends VerticalLayout {

    final Grid<TenantFigures> grid = new Grid<>();

    @Inject
    public HeadquartersView(HeadquartersFigures figures, CalendarCoverage calendar) {
        grid.setId("hq-grid");
        grid.addColumn(f -> f.tenant().id().value()).setHeader(getTranslation("org.hq.tenant"));
        grid.addColumn(f -> f.tenant().name(getLocale())).setHeader(getTranslation("org.hq.name")).setAutoWidth(true);
        grid.addColumn(TenantFigures::members).setHeader(getTranslation("org.hq.members"));
        grid.addColumn(TenantFigures::agencyOffices).setHeader(getTranslation("org.hq.agencyOffices"));
        grid.addColumn(TenantFigures::grassrootsUnions).setHeader(getTranslation("org.hq.grassrootsUnions"));
        grid.setItems(figures.perTenant());
        add(new H2(getTranslation("org.hq.title")), new CalendarNotice(calendar), grid);
        setSizeFull();
    }
}
