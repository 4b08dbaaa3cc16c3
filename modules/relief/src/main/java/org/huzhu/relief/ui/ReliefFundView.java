package org.huzhu.relief.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import org.huzhu.relief.api.ApplicationStatus;
import org.huzhu.relief.api.ReliefFund;
import org.huzhu.relief.api.ReliefFund.ApplicationView;
import org.huzhu.relief.api.ReliefKind;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.ui.MainLayout;
import org.huzhu.tenancy.ui.VisibleTo;

/**
 * The relief fund (温暖基金) for each level: a grassroots clerk files an application for a member, the agency
 * clerk checks it, the office records the committee's decision; the office also sees the balance. The formula's
 * proposal shows on every application.
 */
@Dependent
@Route(value = "relief-fund", layout = MainLayout.class)
@Menu(title = "relief.nav.fund", order = 7.4)
@VisibleTo({Role.OFFICE_ADMIN, Role.AGENCY_CLERK, Role.GRASSROOTS_CLERK})
public class ReliefFundView extends VerticalLayout {

    final Span balance = new Span();
    final IntegerField member = new IntegerField();
    final ComboBox<ReliefKind> kind = new ComboBox<>();
    final ComboBox<String> category = new ComboBox<>();
    final BigDecimalField selfPaid = new BigDecimalField();
    final BigDecimalField loss = new BigDecimalField();
    final BigDecimalField incomePerHead = new BigDecimalField();
    final Button fileButton = new Button();
    final Grid<ApplicationView> applications = new Grid<>();
    final TextField note = new TextField();
    final Button pass = new Button();
    final Button returnButton = new Button();
    final TextField committee = new TextField();
    final TextField reason = new TextField();
    final BigDecimalField amount = new BigDecimalField();
    final Button grant = new Button();
    final Button refuse = new Button();

    private final ReliefFund fund;
    private final ReliefTexts texts = new ReliefTexts(this);
    private final boolean office;

    @Inject
    public ReliefFundView(ReliefFund fund, TenantContext context) {
        this.fund = fund;
        this.office = context.requireCaller().has(Role.OFFICE_ADMIN);
        setWidthFull();
        add(new H2(texts.t("fund.title")));
        if (office) {
            balance.setId("fund-balance");
            add(balance);
        }
        add(new H3(texts.t("fund.new")), filingForm(), applicationsGrid(), checkBar(context), decisionBar(context));
        refresh();
    }

    private HorizontalLayout filingForm() {
        member.setId("fund-member");
        member.setLabel(texts.t("fund.memberId"));
        kind.setId("fund-kind");
        kind.setLabel(texts.t("fund.kind"));
        kind.setItems(ReliefKind.values());
        kind.setItemLabelGenerator(k -> texts.code("kind", k));
        category.setId("fund-category");
        category.setLabel(texts.t("fund.category"));
        category.setItems(fund.illnessCategories());
        category.setItemLabelGenerator(c -> texts.t("illness." + c));
        selfPaid.setId("fund-self-paid");
        selfPaid.setLabel(texts.t("fund.selfPaid"));
        loss.setId("fund-loss");
        loss.setLabel(texts.t("fund.loss"));
        incomePerHead.setId("fund-income");
        incomePerHead.setLabel(texts.t("fund.incomePerHead"));
        fileButton.setId("fund-file");
        fileButton.setText(texts.t("fund.file"));
        fileButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        fileButton.addClickListener(e -> texts.act(() -> {
            ApplicationView filed = fund.file(new ReliefFund.ApplicationForm(member.getValue() == null ? 0
                    : member.getValue(), kind.getValue(), category.getValue(), ReliefTexts.fen(selfPaid),
                    ReliefTexts.fen(loss), ReliefTexts.fen(incomePerHead)));
            Notification.show(texts.t("fund.filed", filed.id(), ReliefTexts.yuan(filed.proposedFen())));
            refresh();
        }));
        HorizontalLayout form = new HorizontalLayout(member, kind, category, selfPaid, loss, incomePerHead, fileButton);
        form.setDefaultVerticalComponentAlignment(Alignment.END);
        form.setWrap(true);
        return form;
    }

    private Grid<ApplicationView> applicationsGrid() {
        applications.setId("fund-applications");
        applications.addColumn(ApplicationView::id).setHeader(texts.t("fund.col.id")).setAutoWidth(true);
        applications.addColumn(ApplicationView::memberName).setHeader(texts.t("fund.col.member"));
        applications.addColumn(a -> texts.code("kind", a.kind())).setHeader(texts.t("fund.kind"));
        applications.addColumn(a -> ReliefTexts.yuan(a.proposedFen())).setHeader(texts.t("fund.col.proposed"));
        applications.addColumn(a -> texts.code("status", a.status())).setHeader(texts.t("fund.col.status"));
        applications.addColumn(a -> a.grantedFen() == null ? "" : ReliefTexts.yuan(a.grantedFen()))
                .setHeader(texts.t("fund.col.granted"));
        applications.addColumn(a -> String.join("、", a.committee())).setHeader(texts.t("fund.col.committee"));
        applications.addComponentColumn(a -> PaymentStepsDialog.button("fund-steps-" + a.id(), texts,
                texts.t("steps.title", a.memberName()), () -> fund.paymentSteps(a.id())))
                .setHeader(texts.t("steps.col.steps")).setAutoWidth(true);
        applications.setAllRowsVisible(true);
        return applications;
    }

    private HorizontalLayout checkBar(TenantContext context) {
        note.setId("fund-check-note");
        note.setLabel(texts.t("fund.checkNote"));
        pass.setId("fund-pass");
        pass.setText(texts.t("fund.pass"));
        returnButton.setId("fund-return");
        returnButton.setText(texts.t("fund.return"));
        pass.addClickListener(e -> check(true));
        returnButton.addClickListener(e -> check(false));
        HorizontalLayout bar = new HorizontalLayout(note, pass, returnButton);
        bar.setDefaultVerticalComponentAlignment(Alignment.END);
        bar.setVisible(context.requireCaller().has(Role.AGENCY_CLERK) || context.requireCaller().has(Role.OFFICE_ADMIN));
        return bar;
    }

    private HorizontalLayout decisionBar(TenantContext context) {
        committee.setId("fund-committee");
        committee.setLabel(texts.t("fund.committee"));
        reason.setId("fund-reason");
        reason.setLabel(texts.t("fund.reason"));
        amount.setId("fund-amount");
        amount.setLabel(texts.t("fund.amount"));
        grant.setId("fund-grant");
        grant.setText(texts.t("fund.grant"));
        refuse.setId("fund-refuse");
        refuse.setText(texts.t("fund.refuse"));
        grant.addClickListener(e -> decide(true));
        refuse.addClickListener(e -> decide(false));
        HorizontalLayout bar = new HorizontalLayout(committee, reason, amount, grant, refuse);
        bar.setDefaultVerticalComponentAlignment(Alignment.END);
        bar.setVisible(context.requireCaller().has(Role.OFFICE_ADMIN));
        return bar;
    }

    private void check(boolean passed) {
        selected(ApplicationStatus.FILED).ifPresent(a -> texts.act(() -> {
            fund.check(a.id(), passed, note.getValue());
            refresh();
        }));
    }

    private void decide(boolean granted) {
        selected(ApplicationStatus.CHECKED).ifPresent(a -> texts.act(() -> {
            List<String> members = Arrays.stream(committee.getValue().split("[、,，]")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            fund.decide(a.id(), new ReliefFund.DecisionForm(granted, ReliefTexts.fenOrNull(amount), members,
                    reason.getValue()));
            refresh();
        }));
    }

    private java.util.Optional<ApplicationView> selected(ApplicationStatus expected) {
        java.util.Optional<ApplicationView> chosen = applications.getSelectedItems().stream().findFirst();
        if (chosen.isEmpty() || chosen.get().status() != expected) {
            Notification.show(texts.t("fund.choose", texts.code("status", expected)));
            return java.util.Optional.empty();
        }
        return chosen;
    }

    private void refresh() {
        applications.setItems(fund.applications(null, 0, 200));
        if (office) {
            ReliefFund.FundView now = fund.fund();
            balance.setText(texts.t("fund.balance", ReliefTexts.yuan(now.balanceFen()),
                    ReliefTexts.yuan(now.donatedFen()), ReliefTexts.yuan(now.grantedFen())));
        }
    }
}
