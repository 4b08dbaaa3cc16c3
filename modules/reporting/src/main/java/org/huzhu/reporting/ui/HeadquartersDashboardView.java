package org.huzhu.reporting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.huzhu.kernel.money.Money;
import org.huzhu.reporting.application.Dashboards;
import org.huzhu.reporting.application.Programmes;
import org.huzhu.reporting.application.ReportExports;
import org.huzhu.reporting.application.ReportTexts;
import org.huzhu.reporting.domain.CityFigures;
import org.huzhu.reporting.domain.Figure;
import org.huzhu.reporting.domain.HeadquartersFigures;
import org.huzhu.reporting.domain.Indicators;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.Translations;
import org.huzhu.tenancy.ui.MainLayout;
import org.huzhu.tenancy.ui.VisibleTo;

/**
 * Headquarters compares the cities: every city's indicators side by side, ranked by the figure chosen, all
 * cities' totals against last year, the trend per month. Read-only; from the read model.
 */
@Dependent
@Route(value = "hq-dashboard", layout = MainLayout.class)
@Menu(title = "reporting.nav.hq", order = 0.5)
@VisibleTo(Role.HQ_ANALYST)
public class HeadquartersDashboardView extends VerticalLayout {

    final PeriodPicker period = new PeriodPicker(p -> refresh());
    final Select<Figure> rankBy = new Select<>();
    final Cards cards = new Cards();
    final EChart perCity = new EChart("chart-cities");
    final EChart trend = new EChart("chart-hq-trend");
    final FigureTable<List<String>> totals = new FigureTable<>("hq-totals");
    final FigureTable<CityFigures> cities = new FigureTable<>("hq-cities");
    private final Dashboards dashboards;
    private final Translations translations;
    private final ProgrammesPanel programmes;
    private final Map<String, String> names;

    @Inject
    public HeadquartersDashboardView(Dashboards dashboards, ReportExports exports, Translations translations,
                                     Programmes programmes) {
        this.programmes = ProgrammesPanel.forHeadquarters(programmes, getLocale());
        this.dashboards = dashboards;
        this.translations = translations;
        this.names = exports.cityNames(getLocale());
        setId("hq-dashboard");
        rankBy.setId("hq-rank-by");
        rankBy.setLabel(getTranslation("reporting.filter.rank"));
        rankBy.setItems(ReportTexts.SHOWN);
        rankBy.setItemLabelGenerator(f -> getTranslation("reporting.figure." + f.name()));
        rankBy.setValue(Figure.CLAIMS_PAID);
        rankBy.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(period, rankBy);
        filters.setAlignItems(Alignment.BASELINE);
        Anchor xlsx = new Anchor((DownloadHandler) event -> {
            event.setFileName("headquarters.xlsx");
            event.setContentType(OfficeDashboardView.XLSX);
            exports.headquartersWorkbook(period.period(), getLocale(), event.getOutputStream());
        }, getTranslation("reporting.export.xlsx"));
        xlsx.setId("hq-xlsx");
        Anchor pdf = new Anchor((DownloadHandler) event -> {
            event.setFileName("headquarters.pdf");
            event.setContentType("application/pdf");
            exports.headquartersPdf(period.period(), getLocale(), event.getOutputStream());
        }, getTranslation("reporting.export.pdf"));
        pdf.setId("hq-pdf");
        HorizontalLayout charts = new HorizontalLayout(perCity, trend);
        charts.setWidthFull();
        List<String> header = texts().indicatorHeader();
        for (int i = 0; i < header.size(); i++) {
            int column = i;
            totals.addColumn(header.get(i), r -> r.get(column));
        }
        cityColumns();
        add(new H2(getTranslation("reporting.nav.hq")), filters, new HorizontalLayout(xlsx, pdf), cards, charts,
                new H3(getTranslation("reporting.sheet.cities")), cities,
                new H3(getTranslation("reporting.sheet.indicators")), totals, this.programmes);
        refresh();
    }

    private void cityColumns() {
        cities.addColumn(getTranslation("reporting.col.city"), c -> names.getOrDefault(c.tenant(), c.tenant()));
        for (Figure f : ReportTexts.SHOWN) {
            boolean money = f == Figure.FEES_COLLECTED;
            cities.addColumn(getTranslation("reporting.figure." + f.name()), c -> money
                    ? ReportTexts.yuan(c.current().of(f).fen()) : Long.toString(c.current().of(f).count()),
                    Comparator.comparingLong(c -> money ? c.current().of(f).fen() : c.current().of(f).count()));
        }
        cities.addColumn(getTranslation("reporting.figure.CLAIMS_PAID") + " " + getTranslation("reporting.col.amount"),
                c -> ReportTexts.yuan(c.current().of(Figure.CLAIMS_PAID).fen()),
                Comparator.comparingLong(c -> c.current().of(Figure.CLAIMS_PAID).fen()));
        cities.addColumn(getTranslation("reporting.rate.directToCard"),
                c -> ReportTexts.percent(c.current().directToCardPercent()));
        // hundreds of cities scroll in a box of fixed height under their header
        cities.setMaxHeight("36em");
    }

    void refresh() {
        HeadquartersFigures f = dashboards.headquarters(period.period());
        programmes.showHeadquarters(period.period().to().getYear());
        cards.show(f.total(), f.totalLastYear(), this::getTranslation);
        totals.setItems(texts().indicatorRows(f.total(), f.totalLastYear()));
        List<CityFigures> ranked = f.rankedBy(rankBy.getValue() == null ? Figure.CLAIMS_PAID : rankBy.getValue());
        cities.setItems(ranked);
        List<String> cityNames = new ArrayList<>();
        List<BigDecimal> now = new ArrayList<>();
        List<BigDecimal> before = new ArrayList<>();
        for (CityFigures c : ranked.subList(0, Math.min(30, ranked.size()))) {
            cityNames.add(names.getOrDefault(c.tenant(), c.tenant()));
            now.add(Money.ofFen(c.current().of(Figure.CLAIMS_PAID).fen()).toYuan());
            before.add(Money.ofFen(c.lastYear().of(Figure.CLAIMS_PAID).fen()).toYuan());
        }
        perCity.setOption(ChartOptions.bars(getTranslation("reporting.chart.aidedPerCity"), cityNames, List.of(
                new ChartOptions.Series(getTranslation("reporting.col.current"), now),
                new ChartOptions.Series(getTranslation("reporting.col.lastYear"), before))));
        List<String> months = new ArrayList<>();
        List<Long> paid = new ArrayList<>();
        List<Long> paidBefore = new ArrayList<>();
        for (java.time.LocalDate m : ChartOptions.months(f.period())) {
            months.add(m.toString().substring(0, 7));
            paid.add(f.perMonth().getOrDefault(m, Indicators.none()).of(Figure.CLAIMS_PAID).count());
            paidBefore.add(f.perMonthLastYear().getOrDefault(m.minusYears(1), Indicators.none()).of(Figure.CLAIMS_PAID)
                    .count());
        }
        trend.setOption(ChartOptions.lines(getTranslation("reporting.chart.trend"), months, List.of(
                new ChartOptions.Series(getTranslation("reporting.col.current"), paid),
                new ChartOptions.Series(getTranslation("reporting.col.lastYear"), paidBefore))));
    }

    private ReportTexts texts() {
        return new ReportTexts(translations, getLocale() == null ? Locale.SIMPLIFIED_CHINESE : getLocale());
    }
}
