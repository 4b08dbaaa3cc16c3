package org.huzhu.campaigns.ui.distribution;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.huzhu.campaigns.api.distribution.CampaignFigures;
import org.huzhu.campaigns.api.distribution.CampaignReports;
import org.huzhu.campaigns.api.distribution.CampaignSummary;
import org.huzhu.campaigns.api.distribution.CityCampaigns;
import org.huzhu.campaigns.api.distribution.DistributionCampaigns;
import org.huzhu.campaigns.api.giveaway.Giveaways;
import org.huzhu.campaigns.ui.giveaway.CityGiveawaysGrid;
import org.huzhu.kernel.money.Money;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.ui.MainLayout;
import org.huzhu.tenancy.ui.VisibleTo;

/**
 * Campaign figures (活动统计): for the office admin, one campaign's reach and spend against budget per agency office
 * and union, against the same type's campaign last year; for headquarters, every city's campaigns and giveaways
 * of a year.
 */
@Dependent
@Route(value = "campaign-figures", layout = MainLayout.class)
@Menu(title = "campaigns.nav.figures", order = 7.2)
@VisibleTo({Role.OFFICE_ADMIN, Role.HQ_ANALYST})
public class CampaignFiguresView extends VerticalLayout {

    static final String P = "campaigns.distribution.figures.";

    final Select<CampaignSummary> campaign = new Select<>();
    final Span summary = new Span();
    final Span last = new Span();
    final Grid<CampaignFigures.Line> agencies = new Grid<>();
    final Grid<CampaignFigures.Line> unions = new Grid<>();
    final IntegerField year = new IntegerField();
    final Grid<CityLine> cities = new Grid<>();

    private final CampaignReports reports;

    /** One campaign of one city, as headquarters' grid shows it. */
    record CityLine(String city, CityCampaigns.Line line) {
    }

    @Inject
    public CampaignFiguresView(Instance<DistributionCampaigns> campaigns, CampaignReports reports, Giveaways giveaways,
                               TenantContext context) {
        this.reports = reports;
        setWidthFull();
        add(new H2(getTranslation(context.requireCaller().has(Role.HQ_ANALYST) ? P + "hqTitle" : P + "title")));
        if (context.requireCaller().has(Role.HQ_ANALYST)) {
            headquarters(new CityGiveawaysGrid(giveaways));
        } else {
            office(campaigns.get());
        }
    }

    private void office(DistributionCampaigns campaigns) {
        campaign.setId("figures-campaign");
        campaign.setLabel(getTranslation("campaigns.distribution.deliveries.campaign"));
        campaign.setItems(campaigns.list(null));
        campaign.setItemLabelGenerator(c -> c.id() + " " + c.settings().name() + " (" + c.settings().periodStart() + ")");
        campaign.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(reports.figures(e.getValue().id()));
            }
        });
        summary.setId("figures-summary");
        last.setId("figures-last");
        configure(agencies, "figures-agency-grid");
        configure(unions, "figures-union-grid");
        add(campaign, summary, last, new H3(t("agencies")), agencies, new H3(t("unions")), unions);
    }

    private void configure(Grid<CampaignFigures.Line> grid, String id) {
        grid.setId(id);
        grid.addColumn(CampaignFigures.Line::code).setHeader(getTranslation("campaigns.distribution.unitCode"));
        grid.addColumn(CampaignFigures.Line::name).setHeader(getTranslation("campaigns.distribution.unitName"));
        grid.addColumn(CampaignFigures.Line::eligible).setHeader(getTranslation("campaigns.distribution.eligible"));
        grid.addColumn(CampaignFigures.Line::share).setHeader(getTranslation("campaigns.distribution.share"));
        grid.addColumn(CampaignFigures.Line::reached).setHeader(getTranslation("campaigns.distribution.reached"));
        grid.addColumn(l -> Money.ofFen(l.spentFen()).toString()).setHeader(t("spent"));
        grid.addColumn(CampaignFigures.Line::reachedLastYear).setHeader(t("reachedLast"));
        grid.getColumns().forEach(c -> c.setAutoWidth(true));
        grid.setAllRowsVisible(true);
    }

    private void show(CampaignFigures f) {
        summary.setText(t("summary", f.name(), String.valueOf(f.year()), f.reached(), yuan(f.spentFen()),
                yuan(f.budgetFen())));
        CampaignFigures.Totals l = f.lastYear();
        last.setText(l == null ? t("noLast") : t("last", String.valueOf(l.year()), l.reached(), yuan(l.spentFen()),
                yuan(l.budgetFen())));
        agencies.setItems(f.agencies());
        unions.setItems(f.unions());
    }

    private void headquarters(CityGiveawaysGrid cityGiveaways) {
        year.setId("figures-year");
        year.setLabel(t("year"));
        year.setMin(2000);
        year.setMax(2100);
        year.setStepButtonsVisible(true);
        year.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() >= 2000 && e.getValue() <= 2100) {
                cities.setItems(lines(e.getValue()));
                cityGiveaways.show(e.getValue());
            }
        });
        cities.setId("figures-city-grid");
        cities.addColumn(CityLine::city).setHeader(t("city"));
        cities.addColumn(c -> getTranslation("campaigns.distribution.type." + c.line().type()))
                .setHeader(getTranslation("campaigns.distribution.typeLabel"));
        cities.addColumn(c -> c.line().name()).setHeader(getTranslation("campaigns.distribution.name"));
        cities.addColumn(c -> yuan(c.line().budgetFen())).setHeader(getTranslation("campaigns.distribution.budget"));
        cities.addColumn(c -> yuan(c.line().spentFen())).setHeader(getTranslation("campaigns.distribution.spent"));
        cities.addColumn(c -> c.line().reached()).setHeader(getTranslation("campaigns.distribution.reached"));
        cities.addColumn(c -> c.line().reachedLastYear()).setHeader(t("reachedLast"));
        cities.getColumns().forEach(c -> c.setAutoWidth(true));
        cities.setAllRowsVisible(true);
        add(year, cities, new H3(getTranslation("campaigns.giveaway.title")), cityGiveaways);
        year.setValue(LocalDate.now().getYear());
    }

    private List<CityLine> lines(int y) {
        return reports.headquarters(y).stream()
                .flatMap(c -> c.campaigns().stream().map(l -> new CityLine(c.tenantName(), l))).toList();
    }

    private static String yuan(long fen) {
        return Money.ofFen(fen).toString();
    }

    private String t(String key, Object... params) {
        return getTranslation(P + key, params);
    }
}
