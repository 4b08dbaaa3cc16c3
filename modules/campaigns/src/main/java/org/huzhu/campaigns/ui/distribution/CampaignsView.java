package org.huzhu.campaigns.ui.distribution;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.huzhu.campaigns.api.CampaignType;
import org.huzhu.campaigns.api.distribution.AllotmentLine;
import org.huzhu.campaigns.api.distribution.BenefitKind;
import org.huzhu.campaigns.api.distribution.CampaignSettings;
import org.huzhu.campaigns.api.distribution.CampaignSummary;
import org.huzhu.campaigns.api.distribution.DeliveryMethod;
import org.huzhu.campaigns.api.distribution.DistributionCampaigns;
import org.huzhu.campaigns.api.distribution.Eligibility;
import org.huzhu.campaigns.api.distribution.QuotaLine;
import org.huzhu.kernel.identity.Gender;
import org.huzhu.kernel.money.Money;
import org.huzhu.org.api.JobFlag;
import org.huzhu.org.api.OrgTree;
import org.huzhu.org.api.OrgUnitKind;
import org.huzhu.org.api.OrgUnitView;
import org.huzhu.tenancy.api.Refused;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.ui.IsoDates;
import org.huzhu.tenancy.ui.MainLayout;
import org.huzhu.tenancy.ui.VisibleTo;

/**
 * Distribution campaigns (发放活动) for the office admin: the campaigns with spend and reach; a new one from a type,
 * or last year's cloned with its settings; the eligible list computed and allotted to agency offices and unions.
 */
@Dependent
@Route(value = "campaigns", layout = MainLayout.class)
@Menu(title = "campaigns.nav.distribution", order = 7)
@VisibleTo(Role.OFFICE_ADMIN)
public class CampaignsView extends VerticalLayout {

    static final String P = "campaigns.distribution.";

    final Grid<CampaignSummary> campaigns = new Grid<>();
    final Button create = new Button();
    final Button cloneNext = new Button();
    final Button allot = new Button();
    final Grid<AllotmentLine> allotments = new Grid<>();
    final FormLayout form = new FormLayout();
    final Select<CampaignType> type = new Select<>();
    final TextField name = new TextField();
    final DatePicker start = IsoDates.iso(new DatePicker());
    final DatePicker end = IsoDates.iso(new DatePicker());
    final TextField budget = new TextField();
    final Select<BenefitKind> benefit = new Select<>();
    final TextField item = new TextField();
    final TextField unit = new TextField();
    final Select<DeliveryMethod> delivery = new Select<>();
    final Select<Optional<OrgUnitView>> scope = new Select<>();
    final Select<Optional<Gender>> gender = new Select<>();
    final IntegerField minAge = new IntegerField();
    final IntegerField maxAge = new IntegerField();
    final CheckboxGroup<JobFlag> flags = new CheckboxGroup<>();
    final TextField quotas = new TextField();
    final Button save = new Button();

    private final DistributionCampaigns service;

    @Inject
    public CampaignsView(DistributionCampaigns service, OrgTree tree) {
        this.service = service;
        setWidthFull();
        configureGrids();
        configureForm(tree);
        create.setId("campaign-new");
        create.setText(t("create"));
        create.addClickListener(e -> form.setVisible(!form.isVisible()));
        cloneNext.setId("campaign-clone");
        cloneNext.setText(t("clone"));
        cloneNext.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cloneNext.addClickListener(e -> act(() -> {
            CampaignSummary copy = service.cloneForNextYear(selected().id());
            Notification.show(t("cloned", String.valueOf(copy.id())));
            refresh(copy);
        }));
        allot.setId("campaign-allot");
        allot.setText(t("allot"));
        allot.addClickListener(e -> act(() -> {
            List<AllotmentLine> lines = service.allot(selected().id());
            allotments.setItems(lines);
            Notification.show(t("allotted", lines.stream().filter(l -> !l.agency()).mapToLong(AllotmentLine::eligible).sum()));
            refresh(selected());
        }));
        add(new H2(t("title")), new HorizontalLayout(create, cloneNext, allot), form, campaigns,
                new H3(t("allotments")), allotments);
        refresh(null);
    }

    private void configureGrids() {
        campaigns.setId("campaign-grid");
        campaigns.addColumn(CampaignSummary::id).setHeader(t("id"));
        campaigns.addColumn(c -> t("type." + c.settings().type())).setHeader(t("typeLabel"));
        campaigns.addColumn(c -> c.settings().name()).setHeader(t("name"));
        campaigns.addColumn(c -> c.settings().periodStart().toString()).setHeader(t("periodStart"));
        campaigns.addColumn(c -> c.settings().periodEnd().toString()).setHeader(t("periodEnd"));
        campaigns.addColumn(c -> t("benefit." + c.settings().benefit()) + " · " + c.settings().item())
                .setHeader(t("benefitLabel"));
        campaigns.addColumn(c -> Money.ofFen(c.settings().unitFen()).toString()).setHeader(t("unit"));
        campaigns.addColumn(c -> Money.ofFen(c.settings().budgetFen()).toString()).setHeader(t("budget"));
        campaigns.addColumn(c -> Money.ofFen(c.spentFen()).toString()).setHeader(t("spent"));
        campaigns.addColumn(CampaignSummary::reached).setHeader(t("reached"));
        campaigns.addColumn(c -> t("delivery." + c.settings().delivery())).setHeader(t("deliveryLabel"));
        campaigns.getColumns().forEach(c -> c.setAutoWidth(true).setFlexGrow(0));
        campaigns.setEmptyStateText(t("none"));
        campaigns.setAllRowsVisible(true);
        campaigns.addSelectionListener(e -> e.getFirstSelectedItem()
                .ifPresent(c -> allotments.setItems(service.allotments(c.id()))));
        allotments.setId("campaign-allotment-grid");
        allotments.addColumn(AllotmentLine::code).setHeader(t("unitCode"));
        allotments.addColumn(l -> l.agency() ? "▸ " + l.name() : l.name()).setHeader(t("unitName"));
        allotments.addColumn(AllotmentLine::eligible).setHeader(t("eligible"));
        allotments.addColumn(AllotmentLine::share).setHeader(t("share"));
        allotments.addColumn(AllotmentLine::served).setHeader(t("served"));
        allotments.getColumns().forEach(c -> c.setAutoWidth(true));
        allotments.setAllRowsVisible(true);
    }

    private void configureForm(OrgTree tree) {
        form.setId("campaign-form");
        form.setVisible(false);
        type.setId("campaign-type");
        type.setLabel(t("typeLabel"));
        type.setItems(CampaignType.values());
        type.setItemLabelGenerator(v -> t("type." + v));
        type.setValue(CampaignType.SUMMER_COOLING);
        name.setId("campaign-name");
        name.setLabel(t("name"));
        start.setId("campaign-start");
        start.setLabel(t("periodStart"));
        end.setId("campaign-end");
        end.setLabel(t("periodEnd"));
        budget.setId("campaign-budget");
        budget.setLabel(t("budget"));
        benefit.setLabel(t("benefitLabel"));
        benefit.setItems(BenefitKind.values());
        benefit.setItemLabelGenerator(v -> t("benefit." + v));
        benefit.setValue(BenefitKind.GOODS);
        item.setId("campaign-item");
        item.setLabel(t("item"));
        unit.setId("campaign-unit");
        unit.setLabel(t("unit"));
        delivery.setLabel(t("deliveryLabel"));
        delivery.setItems(DeliveryMethod.values());
        delivery.setItemLabelGenerator(v -> t("delivery." + v));
        delivery.setValue(DeliveryMethod.ON_SITE);
        List<Optional<OrgUnitView>> units = new ArrayList<>();
        units.add(Optional.empty());
        tree.activeUnits().stream().filter(u -> u.kind() != OrgUnitKind.CITY_OFFICE).map(Optional::of).forEach(units::add);
        scope.setLabel(t("scope"));
        scope.setItems(units);
        scope.setItemLabelGenerator(u -> u.map(v -> v.code() + " " + v.name()).orElse(t("scopeAll")));
        scope.setValue(Optional.empty());
        gender.setLabel(t("genderLabel"));
        gender.setItems(List.of(Optional.empty(), Optional.of(Gender.MALE), Optional.of(Gender.FEMALE)));
        gender.setItemLabelGenerator(g -> g.map(v -> t("gender." + v)).orElse(t("gender.any")));
        gender.setValue(Optional.empty());
        minAge.setLabel(t("minAge"));
        maxAge.setLabel(t("maxAge"));
        flags.setLabel(t("flags"));
        flags.setItems(JobFlag.values());
        flags.setItemLabelGenerator(f -> t("flag." + f));
        quotas.setId("campaign-quotas");
        quotas.setLabel(t("quotas"));
        save.setId("campaign-save");
        save.setText(t("save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> act(() -> {
            CampaignSummary made = service.create(settings());
            Notification.show(t("created", String.valueOf(made.id())));
            form.setVisible(false);
            refresh(made);
        }));
        form.add(type, name, start, end, budget, benefit, item, unit, delivery, scope, gender, minAge, maxAge, flags,
                quotas, save);
    }

    private CampaignSettings settings() {
        Eligibility e = new Eligibility(scope.getValue().map(OrgUnitView::id).orElse(null),
                gender.getValue().orElse(null), minAge.getValue(), maxAge.getValue(), flags.getValue(), false);
        return new CampaignSettings(type.getValue(), name.getValue(), start.getValue(), end.getValue(),
                fen(budget.getValue()), benefit.getValue(), item.getValue(), fen(unit.getValue()), e,
                delivery.getValue(), quotaLines());
    }

    private long fen(String yuan) {
        try {
            return Money.ofYuan(yuan.strip()).fen();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(t("badAmount"), e);
        }
    }

    private List<QuotaLine> quotaLines() {
        List<QuotaLine> lines = new ArrayList<>();
        for (String part : quotas.getValue().split("[,，]")) {
            if (part.isBlank()) {
                continue;
            }
            String[] pair = part.split("=");
            try {
                lines.add(QuotaLine.of(pair[0].strip(), Long.parseLong(pair[1].strip())));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(t("badQuotas"), e);
            }
        }
        return lines;
    }

    private CampaignSummary selected() {
        return campaigns.asSingleSelect().getOptionalValue()
                .orElseThrow(() -> new IllegalArgumentException(t("pick")));
    }

    private void refresh(CampaignSummary select) {
        List<CampaignSummary> all = service.list(null);
        campaigns.setItems(all);
        if (select != null) {
            all.stream().filter(c -> c.id() == select.id()).findFirst().ifPresent(campaigns::select);
        }
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (Refused r) {
            error(getTranslation(r.key(), r.params()));
        } catch (IllegalArgumentException e) {
            error(e.getMessage());
        }
    }

    private void error(String text) {
        Notification n = Notification.show(text, 6_000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private String t(String key, Object... params) {
        return getTranslation(P + key, params);
    }
}
