package org.huzhu.microloans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.huzhu.microloans.api.ApplicationView;
import org.huzhu.microloans.api.LoanDashboard;
import org.huzhu.microloans.api.LoanView;
import org.huzhu.microloans.application.DashboardService;
import org.huzhu.microloans.application.LoanApplicationService;
import org.huzhu.microloans.application.LoanAuditTrail;
import org.huzhu.microloans.application.LoanProductService;
import org.huzhu.microloans.application.LoanService;
import org.huzhu.microloans.application.RepaymentImport;
import org.huzhu.microloans.application.SubsidyService;
import org.huzhu.tenancy.api.Caller;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.ui.MainLayout;
import org.huzhu.tenancy.ui.PortalTime;
import org.huzhu.tenancy.ui.VisibleTo;

/**
 * The pipeline board: the stage figures, applications with their stage, and the loans with their overdue
 * instalments. Clerks file applications here; a click on an application opens its steps (the forms its state and
 * the caller's role allow); the office's money side imports the bank's repayment file and settles the subsidy.
 */
@Dependent
@Route(value = "loan-applications", layout = MainLayout.class)
@Menu(title = "microloans.nav.pipeline", order = 21)
@VisibleTo({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK})
public class LoanPipelineView extends VerticalLayout {

    final Grid<ApplicationView> applications = new Grid<>();
    final Grid<LoanView> loans = new Grid<>();
    final Grid<LoanDashboard.StageFigure> figures = new Grid<>();
    final Span subsidyFigures = new Span();
    final Grid<LoanDashboard.PlaceFigure> districts;
    final Grid<LoanDashboard.PlaceFigure> parks;
    final Button newApplication = new Button();
    private final PortalTime time = PortalTime.ofServer();
    private final LoanTexts texts = new LoanTexts(this);
    private final LoanApplicationService applicationService;
    private final LoanService loanService;
    private final DashboardService dashboard;
    private final int year = LocalDate.now(PortalTime.TENANT_ZONE).getYear();

    @Inject
    public LoanPipelineView(LoanApplicationService applicationService, LoanService loanService,
                            DashboardService dashboard, LoanProductService products, RepaymentImport repayments,
                            SubsidyService subsidies, LoanAuditTrail audit, TenantContext context) {
        this.applicationService = applicationService;
        this.loanService = loanService;
        this.dashboard = dashboard;
        setWidthFull();
        Caller caller = context.requireCaller();
        districts = places("loan-districts", "district");
        parks = places("loan-parks", "form.park");
        configureFigures();
        configureApplications(products, audit, caller);
        configureLoans(audit, caller);
        newApplication.setId("loan-new");
        newApplication.setText(texts.t("form.newApplication"));
        newApplication.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newApplication.addClickListener(e -> new ApplicationFilingDialog(applicationService,
                products.list().stream().filter(p -> p.active()).toList(), false, a -> {
                    reload();
                    new ApplicationStepsDialog(a.id(), applicationService, products, audit, caller, this::reload).open();
                }).open());
        newApplication.setVisible(caller.has(Role.OFFICE_ADMIN) || caller.has(Role.AGENCY_CLERK)
                || caller.has(Role.GRASSROOTS_CLERK));
        subsidyFigures.setId("loan-subsidy-figures");
        HorizontalLayout places = new HorizontalLayout(districts, parks);
        places.setWidthFull();
        add(new H2(texts.t("pipeline")), figures, subsidyFigures, new H3(texts.t("placesIn", year)), places,
                newApplication, applications, new H3(texts.t("loans")), loans);
        if (caller.has(Role.OFFICE_ADMIN) || caller.has(Role.CLAIMS_OFFICER)) {
            add(new SubsidyPanel(repayments, subsidies, this::reload));
        }
        reload();
    }

    /** This year's applications from each district or park, with their amounts. */
    private Grid<LoanDashboard.PlaceFigure> places(String id, String headerKey) {
        Grid<LoanDashboard.PlaceFigure> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(LoanDashboard.PlaceFigure::place).setHeader(texts.t(headerKey));
        grid.addColumn(LoanDashboard.PlaceFigure::count).setHeader(texts.t("placeCount"));
        grid.addColumn(p -> LoanTexts.yuan(p.amountFen())).setHeader(texts.t("amount"));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void configureFigures() {
        figures.setId("loan-figures");
        figures.addColumn(f -> texts.t("stage." + f.stage())).setHeader(texts.t("stage"));
        figures.addColumn(LoanDashboard.StageFigure::count).setHeader(texts.t("countIn", year));
        figures.addColumn(f -> LoanTexts.yuan(f.amountFen())).setHeader(texts.t("amountIn", year));
        figures.addColumn(LoanDashboard.StageFigure::lastYearCount).setHeader(texts.t("countIn", year - 1));
        figures.addColumn(f -> LoanTexts.yuan(f.lastYearAmountFen())).setHeader(texts.t("amountIn", year - 1));
        figures.setAllRowsVisible(true);
    }

    private void configureApplications(LoanProductService products, LoanAuditTrail audit, Caller caller) {
        applications.setId("loan-applications");
        applications.addColumn(ApplicationView::id).setHeader(texts.t("id")).setWidth("5em").setFlexGrow(0);
        applications.addColumn(ApplicationView::enterpriseName).setHeader(texts.t("enterprise")).setFlexGrow(2);
        applications.addColumn(ApplicationView::productCode).setHeader(texts.t("product"));
        applications.addColumn(a -> LoanTexts.yuan(a.amountFen())).setHeader(texts.t("amount"));
        applications.addColumn(ApplicationView::months).setHeader(texts.t("months"));
        applications.addColumn(a -> texts.code("status", a.status())).setHeader(texts.t("status"));
        applications.addColumn(a -> time.dateTime(a.filedAt(), getLocale())).setHeader(texts.t("filedAt"));
        applications.addColumn(ApplicationView::district).setHeader(texts.t("district"));
        applications.addItemClickListener(e -> new ApplicationStepsDialog(e.getItem().id(), applicationService,
                products, audit, caller, this::reload).open());
    }

    private void configureLoans(LoanAuditTrail audit, Caller caller) {
        loans.setId("loans");
        loans.addItemClickListener(e -> new LoanDialog(e.getItem().id(), loanService, audit, caller, this::reload).open());
        loans.addColumn(LoanView::contractNo).setHeader(texts.t("contract"));
        loans.addColumn(LoanView::borrowerName).setHeader(texts.t("enterprise")).setFlexGrow(2);
        loans.addColumn(l -> LoanTexts.yuan(l.amountFen())).setHeader(texts.t("amount"));
        loans.addColumn(l -> time.date(l.disbursedOn())).setHeader(texts.t("disbursedOn"));
        loans.addColumn(l -> texts.t("method." + l.method())).setHeader(texts.t("method"));
        loans.addColumn(l -> LoanTexts.yuan(l.totalSubsidisedFen())).setHeader(texts.t("subsidyInTerm"));
        loans.addColumn(LoanView::overdueInstalments).setHeader(texts.t("overdue"));
        loans.addColumn(l -> texts.t("loanStatus." + l.status())).setHeader(texts.t("status"));
    }

    private void reload() {
        LoanDashboard board = dashboard.figures(year);
        figures.setItems(board.stages());
        districts.setItems(board.districts());
        parks.setItems(board.parks());
        subsidyFigures.setText(texts.t("subsidyFigures", LoanTexts.yuan(board.subsidyPaidFen()),
                LoanTexts.yuan(board.subsidyCommittedFen())));
        applications.setItems(applicationService.list(null, 200).stream().map(applicationService::view).toList());
        loans.setItems(loanService.list(200).stream().map(loanService::view).toList());
    }
}
