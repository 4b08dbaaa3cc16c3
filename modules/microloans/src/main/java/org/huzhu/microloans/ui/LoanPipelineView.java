package org.huzhu.microloans.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.huzhu.microloans.api.ApplicationView;
import org.huzhu.microloans.api.LoanDashboard;
import org.huzhu.microloans.api.LoanView;
import org.huzhu.microloans.application.DashboardService;
import org.huzhu.microloans.application.LoanApplicationService;
import org.huzhu.microloans.application.LoanService;
import org.huzhu.microloans.domain.Refusals;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.ui.MainLayout;
import org.huzhu.tenancy.ui.PortalTime;
import org.huzhu.tenancy.ui.VisibleTo;

/**
 * The pipeline board: applications with their stage (filed, investigated, guaranteed, approved by the bank,
 * disbursed, or closed), and the loans with their overdue instalments. The steps themselves are taken over REST
 * (see docs/DESIGN.md "Microloans": forms per step are not built yet).
 */
@Dependent
@Route(value = "loan-applications", layout = MainLayout.class)
@Menu(title = "microloans.nav.pipeline", order = 21)
@VisibleTo({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK})
public class LoanPipelineView extends VerticalLayout {

    final Grid<ApplicationView> applications = new Grid<>();
    final Grid<LoanView> loans = new Grid<>();
    final Grid<LoanDashboard.StageFigure> figures = new Grid<>();
    private final PortalTime time = PortalTime.ofServer();

    @Inject
    public LoanPipelineView(LoanApplicationService applicationService, LoanService loanService,
                            DashboardService dashboard) {
        setWidthFull();
        int year = java.time.LocalDate.now().getYear();
        LoanDashboard board = dashboard.figures(year);
        figures.setId("loan-figures");
        figures.addColumn(f -> t("stage." + f.stage())).setHeader(t("stage"));
        figures.addColumn(LoanDashboard.StageFigure::count).setHeader(t("countIn", year));
        figures.addColumn(f -> Refusals.yuan(f.amountFen())).setHeader(t("amountIn", year));
        figures.addColumn(LoanDashboard.StageFigure::lastYearCount).setHeader(t("countIn", year - 1));
        figures.addColumn(f -> Refusals.yuan(f.lastYearAmountFen())).setHeader(t("amountIn", year - 1));
        figures.setItems(board.stages());
        figures.setAllRowsVisible(true);
        applications.setId("loan-applications");
        applications.addColumn(ApplicationView::id).setHeader(t("id")).setWidth("5em").setFlexGrow(0);
        applications.addColumn(ApplicationView::enterpriseName).setHeader(t("enterprise")).setFlexGrow(2);
        applications.addColumn(ApplicationView::productCode).setHeader(t("product"));
        applications.addColumn(a -> Refusals.yuan(a.amountFen())).setHeader(t("amount"));
        applications.addColumn(ApplicationView::months).setHeader(t("months"));
        applications.addColumn(a -> t("status." + a.status())).setHeader(t("status"));
        applications.addColumn(a -> time.dateTime(a.filedAt(), getLocale())).setHeader(t("filedAt"));
        applications.addColumn(ApplicationView::district).setHeader(t("district"));
        applications.setItems(applicationService.list(null, 200).stream().map(applicationService::view).toList());
        loans.setId("loans");
        loans.addColumn(LoanView::contractNo).setHeader(t("contract"));
        loans.addColumn(LoanView::borrowerName).setHeader(t("enterprise")).setFlexGrow(2);
        loans.addColumn(l -> Refusals.yuan(l.amountFen())).setHeader(t("amount"));
        loans.addColumn(l -> time.date(l.disbursedOn())).setHeader(t("disbursedOn"));
        loans.addColumn(l -> t("method." + l.method())).setHeader(t("method"));
        loans.addColumn(l -> Refusals.yuan(l.totalSubsidisedFen())).setHeader(t("subsidyInTerm"));
        loans.addColumn(LoanView::overdueInstalments).setHeader(t("overdue"));
        loans.addColumn(l -> t("loanStatus." + l.status())).setHeader(t("status"));
        loans.setItems(loanService.list(200).stream().map(loanService::view).toList());
        add(new H2(t("pipeline")), figures, new com.vaadin.flow.component.html.Span(t("subsidyFigures",
                Refusals.yuan(board.subsidyPaidFen()), Refusals.yuan(board.subsidyCommittedFen()))),
                applications, new H3(t("loans")), loans);
    }

    private String t(String key, Object... params) {
        return getTranslation("microloans." + key, params);
    }
}
