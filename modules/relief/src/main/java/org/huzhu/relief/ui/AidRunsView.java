package org.huzhu.relief.ui;

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
import org.huzhu.plans.api.PlanCatalog;
import org.huzhu.relief.api.AidRuns;
import org.huzhu.relief.api.AidRuns.AidRunView;
import org.huzhu.relief.api.AidRuns.LineView;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.ui.MainLayout;
import org.huzhu.tenancy.ui.VisibleTo;

/**
 * Secondary aid runs (二次救助) for the office: the runs with their totals within and beyond the budget, a run's
 * lines in priority order with their working in words, compute (again) and the second person's approval. The
 * office admin defines a run in {@link AidRunForm} and computes it; defining and computing are the admin's alone,
 * as over REST, so the claims officer sees neither.
 */
@Dependent
@Route(value = "aid-runs", layout = MainLayout.class)
@Menu(title = "relief.nav.aidRuns", order = 7.2)
@VisibleTo({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER})
public class AidRunsView extends VerticalLayout {

    final Grid<AidRunView> runs = new Grid<>();
    final Grid<LineView> lines = new Grid<>();
    final Button compute = new Button();
    final Button approve = new Button();
    final Span selected = new Span();
    final Button newRun = new Button();

    private final AidRuns aidRuns;
    private final ReliefTexts texts = new ReliefTexts(this);
    private AidRunView shown;

    @Inject
    public AidRunsView(AidRuns aidRuns, PlanCatalog catalog, TenantContext context) {
        this.aidRuns = aidRuns;
        boolean admin = context.requireCaller().has(Role.OFFICE_ADMIN);
        setWidthFull();
        newRun.setId("aid-new");
        newRun.setText(texts.t("aidForm.new"));
        newRun.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newRun.addClickListener(e -> {
            AidRunForm form = new AidRunForm(aidRuns, catalog.plans(), texts);
            form.addDefinedListener(defined -> {
                refresh();
                show(defined.run());
            });
            form.open();
        });
        newRun.setVisible(admin);
        runs.setId("aid-runs");
        runs.addColumn(AidRunView::id).setHeader(texts.t("aid.col.id")).setAutoWidth(true);
        runs.addColumn(AidRunView::name).setHeader(texts.t("aid.col.name"));
        runs.addColumn(r -> r.claimsFrom() + " ~ " + r.claimsTo()).setHeader(texts.t("aid.col.window"));
        runs.addColumn(r -> texts.t("aid.status." + r.status())).setHeader(texts.t("aid.col.status"));
        runs.addColumn(r -> ReliefTexts.yuan(r.budgetFen())).setHeader(texts.t("aid.col.budget"));
        runs.addColumn(r -> r.linesWithinBudget() + " / " + ReliefTexts.yuan(r.totalWithinBudgetFen()))
                .setHeader(texts.t("aid.col.within"));
        runs.addColumn(r -> r.linesCut() + " / " + ReliefTexts.yuan(r.totalCutFen())).setHeader(texts.t("aid.col.cut"));
        runs.setAllRowsVisible(true);
        runs.addItemClickListener(e -> show(e.getItem()));
        compute.setId("aid-compute");
        compute.setText(texts.t("aid.compute"));
        compute.addClickListener(e -> act(() -> aidRuns.compute(shown.id())));
        compute.setVisible(admin);
        approve.setId("aid-approve");
        approve.setText(texts.t("aid.approve"));
        approve.addClickListener(e -> act(() -> aidRuns.approve(shown.id())));
        lines.setId("aid-lines");
        lines.addColumn(LineView::position).setHeader(texts.t("aid.col.position")).setAutoWidth(true);
        lines.addColumn(LineView::memberName).setHeader(texts.t("aid.col.member"));
        lines.addColumn(l -> String.join("、", l.groups().stream().map(g -> texts.t("group." + g.name())).toList()))
                .setHeader(texts.t("aid.col.groups"));
        lines.addColumn(l -> ReliefTexts.yuan(l.aidFen())).setHeader(texts.t("aid.col.aid"));
        lines.addColumn(l -> texts.t(l.withinBudget() ? "aid.within" : "aid.cut")).setHeader(texts.t("aid.col.budgetFit"));
        lines.addColumn(l -> texts.working(l.working())).setHeader(texts.t("aid.col.working")).setFlexGrow(4);
        lines.addColumn(l -> texts.t("condolence.line." + l.status())).setHeader(texts.t("aid.col.status"))
                .setAutoWidth(true);
        lines.addComponentColumn(l -> PaymentStepsDialog.button("aid-line-steps-" + l.id(), texts,
                texts.t("steps.title", l.memberName()), () -> aidRuns.paymentSteps(shown.id(), l.id())))
                .setHeader(texts.t("steps.col.steps")).setAutoWidth(true);
        add(new H2(texts.t("aid.title")), newRun, runs, new HorizontalLayout(selected, compute, approve),
                new H3(texts.t("aid.lines")), lines);
        refresh();
    }

    private void act(java.util.function.Supplier<AidRunView> action) {
        if (shown == null) {
            return;
        }
        texts.act(() -> {
            AidRunView run = action.get();
            refresh();
            show(run);
        });
    }

    private void show(AidRunView run) {
        shown = run;
        selected.setText(texts.t("aid.selected", run.id(), run.name()));
        lines.setItems(aidRuns.lines(run.id(), 0, 1_000));
    }

    private void refresh() {
        runs.setItems(aidRuns.recent(100));
    }
}
