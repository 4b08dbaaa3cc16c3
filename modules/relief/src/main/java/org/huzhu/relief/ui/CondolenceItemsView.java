package org.huzhu.relief.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.huzhu.kernel.identity.Gender;
import org.huzhu.org.api.OrgTree;
import org.huzhu.org.api.OrgUnitView;
import org.huzhu.relief.api.CondolenceItems;
import org.huzhu.relief.api.CondolenceItems.ItemForm;
import org.huzhu.relief.api.CondolenceItems.ItemView;
import org.huzhu.relief.api.CondolenceItems.LineView;
import org.huzhu.relief.api.CondolenceItems.Rule;
import org.huzhu.relief.api.CondolenceKind;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.ui.MainLayout;
import org.huzhu.tenancy.ui.VisibleTo;

/**
 * Condolence items (慰问) for the office: define an item (kind, year, org unit picked from the caller's part of the
 * tree, gender, hardship register, model-worker flag, listed member numbers, amount per person, budget; a non-member
 * charity item takes its payees pasted line by line, {@link PayeesPanel}), the items with their totals, an item's
 * lines hardship first with what the budget leaves out, compute (again) and the second person's approval.
 * Defining, listing payees and computing are the office admin's (as over REST): the claims officer sees none.
 */
@Dependent
@Route(value = "condolence-items", layout = MainLayout.class)
@Menu(title = "relief.nav.condolence", order = 7.25)
@VisibleTo({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER})
public class CondolenceItemsView extends VerticalLayout {

    final TextField name = new TextField();
    final ComboBox<CondolenceKind> kind = new ComboBox<>();
    final IntegerField year = new IntegerField();
    final ComboBox<OrgUnitView> orgUnit = new ComboBox<>();
    final ComboBox<Gender> gender = new ComboBox<>();
    final Checkbox hardshipOnly = new Checkbox();
    final Checkbox modelWorkersOnly = new Checkbox();
    final TextField memberIds = new TextField();
    final BigDecimalField amount = new BigDecimalField();
    final BigDecimalField budget = new BigDecimalField();
    final Button define = new Button();
    final Grid<ItemView> items = new Grid<>();
    final Grid<LineView> lines = new Grid<>();
    final Button compute = new Button();
    final Button approve = new Button();
    final Span selected = new Span();

    private final CondolenceItems condolence;
    private final ReliefTexts texts = new ReliefTexts(this);
    private final PayeesPanel payees;
    private final Map<String, String> unitNames = new HashMap<>();
    private ItemView shown;

    @Inject
    public CondolenceItemsView(CondolenceItems condolence, TenantContext context, OrgTree tree) {
        this.condolence = condolence;
        boolean admin = context.requireCaller().has(Role.OFFICE_ADMIN);
        this.payees = new PayeesPanel(condolence, texts, admin);
        setWidthFull();
        name.setId("condolence-name");
        name.setLabel(texts.t("condolence.name"));
        kind.setId("condolence-kind");
        kind.setLabel(texts.t("condolence.kind"));
        kind.setItems(CondolenceKind.values());
        kind.setItemLabelGenerator(k -> texts.code("condolence.kind", k));
        kind.setValue(CondolenceKind.WOMENS_DAY);
        kind.addValueChangeListener(e -> forKind(e.getValue()));
        year.setId("condolence-year");
        year.setLabel(texts.t("condolence.year"));
        year.setValue(LocalDate.now().getYear());
        orgUnit.setId("condolence-org-unit");
        orgUnit.setLabel(texts.t("condolence.orgUnit"));
        orgUnit.setPlaceholder(texts.t("condolence.orgUnitAll"));
        List<OrgUnitView> units = tree.activeUnits();
        units.forEach(u -> unitNames.put(u.path(), u.code() + " " + u.name()));
        orgUnit.setItems((unit, filter) -> (unit.code() + " " + unit.name()).contains(filter.strip()), units);
        orgUnit.setItemLabelGenerator(u -> u.code() + " " + u.name());
        orgUnit.setClearButtonVisible(true);
        orgUnit.setMinWidth("18em");
        gender.setId("condolence-gender");
        gender.setLabel(texts.t("condolence.gender"));
        gender.setItems(Gender.values());
        gender.setItemLabelGenerator(g -> texts.code("condolence.gender", g));
        gender.setClearButtonVisible(true);
        hardshipOnly.setId("condolence-hardship");
        hardshipOnly.setLabel(texts.t("condolence.hardshipOnly"));
        modelWorkersOnly.setId("condolence-model-workers");
        modelWorkersOnly.setLabel(texts.t("condolence.modelWorkersOnly"));
        memberIds.setId("condolence-member-ids");
        memberIds.setLabel(texts.t("condolence.memberIds"));
        amount.setId("condolence-amount");
        amount.setLabel(texts.t("condolence.amount"));
        budget.setId("condolence-budget");
        budget.setLabel(texts.t("condolence.budget"));
        define.setId("condolence-define");
        define.setText(texts.t("condolence.define"));
        define.addClickListener(e -> texts.act(() -> {
            ItemView item = condolence.define(new ItemForm(name.getValue(), kind.getValue(),
                    year.getValue() == null ? 0 : year.getValue(), new Rule(
                    orgUnit.getValue() == null ? null : orgUnit.getValue().id(), gender.getValue(),
                    hardshipOnly.getValue(), modelWorkersOnly.getValue(), memberIds()), ReliefTexts.fen(amount),
                    ReliefTexts.fen(budget)));
            refresh();
            show(item);
        }));
        HorizontalLayout form = new HorizontalLayout(name, kind, year, orgUnit, gender, hardshipOnly, modelWorkersOnly,
                memberIds, amount, budget, define);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        form.setVisible(admin);

        items.setId("condolence-items");
        items.addColumn(ItemView::id).setHeader(texts.t("condolence.col.id")).setAutoWidth(true);
        items.addColumn(ItemView::year).setHeader(texts.t("condolence.year")).setAutoWidth(true);
        items.addColumn(ItemView::name).setHeader(texts.t("condolence.name"));
        items.addColumn(i -> texts.code("condolence.kind", i.kind())).setHeader(texts.t("condolence.kind"));
        items.addColumn(i -> unitNames.getOrDefault(i.orgPath(), "/".equals(i.orgPath())
                ? texts.t("condolence.orgUnitAll") : i.orgPath())).setHeader(texts.t("condolence.orgUnit"));
        items.addColumn(i -> ReliefTexts.yuan(i.amountFen())).setHeader(texts.t("condolence.amount"));
        items.addColumn(i -> texts.t("aid.status." + i.status())).setHeader(texts.t("aid.col.status"));
        items.addColumn(i -> ReliefTexts.yuan(i.budgetFen())).setHeader(texts.t("aid.col.budget"));
        items.addColumn(i -> i.linesWithinBudget() + " / " + ReliefTexts.yuan(i.totalWithinBudgetFen()))
                .setHeader(texts.t("aid.col.within"));
        items.addColumn(i -> i.linesCut() + " / " + ReliefTexts.yuan(i.totalCutFen()))
                .setHeader(texts.t("aid.col.cut"));
        items.setAllRowsVisible(true);
        items.addItemClickListener(e -> show(e.getItem()));
        compute.setId("condolence-compute");
        compute.setText(texts.t("aid.compute"));
        compute.addClickListener(e -> act(() -> condolence.compute(shown.id())));
        compute.setVisible(admin);
        approve.setId("condolence-approve");
        approve.setText(texts.t("aid.approve"));
        approve.addClickListener(e -> act(() -> condolence.approve(shown.id())));
        lines.setId("condolence-lines");
        lines.addColumn(LineView::position).setHeader(texts.t("aid.col.position")).setAutoWidth(true);
        lines.addColumn(LineView::memberName).setHeader(texts.t("aid.col.member"));
        lines.addColumn(l -> l.hardship() ? texts.t("group.HARDSHIP") : "").setHeader(texts.t("aid.col.groups"));
        lines.addColumn(l -> ReliefTexts.yuan(l.amountFen())).setHeader(texts.t("condolence.amount"));
        lines.addColumn(l -> texts.t(l.withinBudget() ? "aid.within" : "aid.cut"))
                .setHeader(texts.t("aid.col.budgetFit"));
        lines.addColumn(l -> texts.t("condolence.line." + l.status())).setHeader(texts.t("aid.col.status"));
        lines.addComponentColumn(l -> PaymentStepsDialog.button("condolence-line-steps-" + l.id(), texts,
                texts.t("steps.title", l.memberName()), () -> condolence.paymentSteps(shown.id(), l.id())))
                .setHeader(texts.t("steps.col.steps"))
                .setAutoWidth(true);
        add(new H2(texts.t("condolence.title")), form, items, new HorizontalLayout(selected, compute, approve),
                payees, new H3(texts.t("condolence.lines")), lines);
        refresh();
    }

    private void act(java.util.function.Supplier<ItemView> action) {
        if (shown == null) {
            return;
        }
        texts.act(() -> {
            ItemView item = action.get();
            refresh();
            show(item);
        });
    }

    /** A non-member charity item takes no rule over the members: their fields go while it is chosen. */
    private void forKind(CondolenceKind chosen) {
        boolean members = chosen == null || !chosen.paysPayees();
        gender.setVisible(members);
        hardshipOnly.setVisible(members);
        modelWorkersOnly.setVisible(members);
        memberIds.setVisible(members);
        if (!members) {
            gender.clear();
            hardshipOnly.clear();
            modelWorkersOnly.clear();
            memberIds.clear();
        }
    }

    /** The listed member numbers, separated by commas (、 ， ,) or spaces; a word that is not one is refused. */
    private List<Long> memberIds() {
        try {
            return Arrays.stream(memberIds.getValue().split("[、，,\\s]+")).filter(s -> !s.isEmpty())
                    .map(Long::valueOf).toList();
        } catch (NumberFormatException notANumber) {
            throw Refused.badInput("rule.memberIds", "relief.refused.memberIdList");
        }
    }

    private void show(ItemView item) {
        shown = item;
        payees.show(item);
        selected.setText(texts.t("condolence.selected", item.id(), item.name()));
        lines.setItems(condolence.lines(item.id(), 0, 1_000));
    }

    private void refresh() {
        items.setItems(condolence.recent(null, 100));
    }
}
