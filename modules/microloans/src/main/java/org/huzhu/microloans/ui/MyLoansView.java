package org.huzhu.microloans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.huzhu.microloans.api.ApplicationView;
import org.huzhu.microloans.api.LoanView;
import org.huzhu.microloans.application.LoanApplicationService;
import org.huzhu.microloans.application.LoanAuditTrail;
import org.huzhu.microloans.application.LoanProductService;
import org.huzhu.microloans.application.LoanService;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.ui.MainLayout;
import org.huzhu.tenancy.ui.PortalTime;
import org.huzhu.tenancy.ui.VisibleTo;

/**
 * A founder's own microloans in the member portal (我的创业贷款): they file an application for themselves, upload
 * its documents and may withdraw it while it is open (a click opens it), and see their loans with any overdue
 * instalments. The office takes every later step.
 */
@Dependent
@Route(value = "my-loans", layout = MainLayout.class)
@Menu(title = "microloans.nav.mine", order = 21.7)
@VisibleTo(Role.MEMBER)
public class MyLoansView extends VerticalLayout {

    final Button newApplication = new Button();
    final Grid<ApplicationView> applications = new Grid<>();
    final Grid<LoanView> loans = new Grid<>();

    private final LoanApplicationService applicationService;
    private final LoanService loanService;
    private final LoanTexts texts = new LoanTexts(this);
    private final PortalTime time = PortalTime.ofServer();

    @Inject
    public MyLoansView(LoanApplicationService applicationService, LoanService loanService,
                       LoanProductService products, LoanAuditTrail audit, TenantContext context) {
        this.applicationService = applicationService;
        this.loanService = loanService;
        setWidthFull();
        newApplication.setId("my-loan-new");
        newApplication.setText(texts.t("form.newApplication"));
        newApplication.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newApplication.addClickListener(e -> new ApplicationFilingDialog(applicationService,
                products.list().stream().filter(p -> p.active()).toList(), true, a -> {
                    reload();
                    new ApplicationStepsDialog(a.id(), applicationService, products, audit, context.requireCaller(),
                            this::reload).open();
                }).open());
        applications.setId("my-loan-applications");
        applications.addColumn(ApplicationView::id).setHeader(texts.t("id")).setAutoWidth(true);
        applications.addColumn(ApplicationView::enterpriseName).setHeader(texts.t("enterprise")).setFlexGrow(2);
        applications.addColumn(a -> LoanTexts.yuan(a.amountFen())).setHeader(texts.t("amount"));
        applications.addColumn(ApplicationView::months).setHeader(texts.t("months"));
        applications.addColumn(a -> texts.code("status", a.status())).setHeader(texts.t("status"));
        applications.addColumn(a -> time.dateTime(a.filedAt(), getLocale())).setHeader(texts.t("filedAt"));
        applications.addItemClickListener(e -> new ApplicationStepsDialog(e.getItem().id(), applicationService,
                products, audit, context.requireCaller(), this::reload).open());
        applications.setAllRowsVisible(true);
        loans.setId("my-loans");
        loans.addItemClickListener(e -> new LoanDialog(e.getItem().id(), loanService, audit, context.requireCaller(),
                this::reload).open());
        loans.addColumn(LoanView::contractNo).setHeader(texts.t("contract"));
        loans.addColumn(l -> LoanTexts.yuan(l.amountFen())).setHeader(texts.t("amount"));
        loans.addColumn(l -> time.date(l.disbursedOn())).setHeader(texts.t("disbursedOn"));
        loans.addColumn(l -> LoanTexts.yuan(l.totalSubsidisedFen())).setHeader(texts.t("subsidyInTerm"));
        loans.addColumn(LoanView::overdueInstalments).setHeader(texts.t("overdue"));
        loans.addColumn(l -> texts.t("loanStatus." + l.status())).setHeader(texts.t("status"));
        loans.setAllRowsVisible(true);
        add(new H2(texts.t("mine.title")), new Paragraph(texts.t("mine.intro")), newApplication, applications,
                new H3(texts.t("loans")), loans);
        reload();
    }

    private void reload() {
        applications.setItems(applicationService.list(null, 50).stream().map(applicationService::view).toList());
        loans.setItems(loanService.list(50).stream().map(loanService::view).toList());
    }
}
