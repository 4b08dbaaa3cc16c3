package org.huzhu.plans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.huzhu.org.api.OrgTree;
import org.huzhu.plans.api.PlanCatalog;
import org.huzhu.plans.api.PlanDrafting;
import org.huzhu.plans.api.PlanView;
import org.huzhu.plans.api.PlanView.VersionView;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.ui.MainLayout;
import org.huzhu.tenancy.ui.VisibleTo;

/**
 * The tenant's plans: what each costs and pays now, every version and what changed between two. The office
 * admin drafts the next version of a plan here and publishes it.
 */
@Dependent
@Route(value = "plans", layout = MainLayout.class)
@Menu(title = "plans.nav.catalogue", order = 3)
@VisibleTo({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK, Role.MEMBER})
public class PlanCatalogView extends VerticalLayout {

    final Grid<PlanView> plans = new Grid<>();
    final Grid<VersionView> versions = new Grid<>();
    final H3 versionsTitle = new H3();
    final Select<Integer> compareFrom = new Select<>();
    final Select<Integer> compareTo = new Select<>();
    final Div diff = new Div();
    final Button draftButton = new Button();
    final Span draftStatus = new Span();
    final Button publishButton = new Button();

    private final PlanCatalog catalog;
    private final PlanDrafting drafting;
    private final boolean admin;
    private final UnitNames units;
    private PlanView selected;

    @Inject
    public PlanCatalogView(PlanCatalog catalog, PlanDrafting drafting, TenantContext context, OrgTree orgTree) {
        this.catalog = catalog;
        this.units = new UnitNames(orgTree.namesByCode(), zh());
        this.drafting = drafting;
        this.admin = context.requireCaller().has(Role.OFFICE_ADMIN);
        plans.setId("plan-grid");
        plans.addColumn(this::name).setHeader(getTranslation("plans.name")).setAutoWidth(true);
        plans.addColumn(p -> getTranslation(p.feeBased() ? "plans.yes" : "plans.no")).setHeader(getTranslation("plans.feeBased"));
        plans.addColumn(p -> current(p).map(VersionView::feePerUnit).orElse("-")).setHeader(getTranslation("plans.currentFee"));
        plans.addColumn(p -> p.versions().size()).setHeader(getTranslation("plans.versions"));
        plans.setAllRowsVisible(true);
        plans.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::show));
        versions.setId("version-grid");
        versions.addColumn(VersionView::number).setHeader(getTranslation("plans.version")).setWidth("6em").setFlexGrow(0);
        versions.addColumn(v -> v.effectiveFrom() + " ~ " + (v.effectiveTo() == null ? "" : v.effectiveTo()))
                .setHeader(getTranslation("plans.effective")).setAutoWidth(true);
        versions.addColumn(VersionView::feePerUnit).setHeader(getTranslation("plans.field.fee"));
        versions.addColumn(VersionView::waitingPeriodDays).setHeader(getTranslation("plans.field.waiting"));
        versions.addColumn(VersionView::claimSlaWorkingDays).setHeader(getTranslation("plans.field.sla"));
        versions.addColumn(v -> units.in(zh() ? v.eligibilityZh() : v.eligibilityEn()))
                .setHeader(getTranslation("plans.field.eligibility"));
        versions.addColumn(v -> String.join(getTranslation("plans.benefit.separator"), v.benefits().stream()
                .map(b -> getTranslation("plans.benefit.line", zh() ? b.nameZh() : b.nameEn(),
                        String.join(getTranslation("plans.rule.separator"), RuleLines.of(b, this::getTranslation))))
                .toList()))
                .setHeader(getTranslation("plans.benefits")).setFlexGrow(3);
        // the rules of a benefit are sentences: cells wrap rather than cut them off at the column's width
        versions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        versions.setAllRowsVisible(true);
        compareFrom.setId("compare-from");
        compareTo.setId("compare-to");
        compareFrom.addValueChangeListener(e -> showDiff());
        compareTo.addValueChangeListener(e -> showDiff());
        diff.setId("version-diff");
        draftButton.setText(getTranslation("plans.draft.new"));
        draftButton.setId("draft-button");
        draftButton.addClickListener(e -> openDraft());
        publishButton.setText(getTranslation("plans.draft.publish"));
        publishButton.setId("publish-button");
        publishButton.addClickListener(e -> publish());
        draftStatus.setId("draft-status");
        HorizontalLayout drafts = new HorizontalLayout(draftButton, draftStatus, publishButton);
        drafts.setVisible(admin);
        drafts.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        HorizontalLayout compare = new HorizontalLayout(new Span(getTranslation("plans.compare")), compareFrom, compareTo);
        compare.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        add(new H2(getTranslation("plans.title")), plans, versionsTitle, drafts, versions, compare, diff);
        refresh();
    }

    private void refresh() {
        List<PlanView> all = catalog.plans();
        plans.setItems(all);
        String code = selected == null ? null : selected.code();
        all.stream().filter(p -> p.code().equals(code)).findFirst().ifPresent(this::show);
    }

    private void show(PlanView plan) {
        selected = plan;
        versionsTitle.setText(getTranslation("plans.versionsOf", name(plan)));
        versions.setItems(plan.versions());
        List<Integer> numbers = plan.versions().stream().map(VersionView::number).toList();
        compareFrom.setItems(numbers);
        compareTo.setItems(numbers);
        if (numbers.size() > 1) {
            compareFrom.setValue(numbers.get(numbers.size() - 2));
            compareTo.setValue(numbers.get(numbers.size() - 1));
        }
        showDraftStatus();
    }

    private void showDiff() {
        if (selected == null || compareFrom.getValue() == null || compareTo.getValue() == null) {
            return;
        }
        List<String> lines = VersionDiff.lines(version(compareFrom.getValue()), version(compareTo.getValue()),
                this::getTranslation, zh(), units);
        diff.removeAll();
        if (lines.isEmpty()) {
            diff.add(new Div(getTranslation("plans.compare.none")));
        }
        lines.forEach(line -> diff.add(new Div(line)));
    }

    private void showDraftStatus() {
        if (!admin || selected == null) {
            return;
        }
        var draft = drafting.draft(selected.code()).map(d -> d.versions().get(d.versions().size() - 1));
        draftStatus.setText(draft.map(v -> getTranslation("plans.draft.pending", v.number(), v.effectiveFrom(),
                v.feePerUnit())).orElse(""));
        publishButton.setVisible(draft.isPresent());
    }

    private void openDraft() {
        if (selected == null) {
            return;
        }
        VersionView latest = selected.versions().get(selected.versions().size() - 1);
        new DraftDialog(selected, latest, request -> {
            drafting.saveDraft(selected.code(), request);
            Notification.show(getTranslation("plans.draft.saved"));
            showDraftStatus();
        }).open();
    }

    private void publish() {
        PlanView published = drafting.publish(selected.code());
        Notification.show(getTranslation("plans.draft.published", published.versions().size()));
        refresh();
    }

    private VersionView version(int number) {
        return selected.versions().stream().filter(v -> v.number() == number).findFirst().orElseThrow();
    }

    private static java.util.Optional<VersionView> current(PlanView plan) {
        String today = LocalDate.now().toString();
        return plan.versions().stream().filter(v -> v.effectiveFrom().compareTo(today) <= 0
                && (v.effectiveTo() == null || v.effectiveTo().compareTo(today) >= 0)).findFirst();
    }

    private boolean zh() {
        return !Locale.ENGLISH.getLanguage().equals(getLocale().getLanguage());
    }

    private String name(PlanView plan) {
        return zh() ? plan.nameZh() : plan.nameEn();
    }
}
