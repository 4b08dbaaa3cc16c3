package org.huzhu.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.huzhu.kernel.money.Money;
import org.huzhu.reporting.api.ReportPeriod;
import org.huzhu.reporting.application.Dashboards;
import org.huzhu.reporting.application.MonthlyReports;
import org.huzhu.reporting.application.Programmes;
import org.huzhu.reporting.application.ReportExports;
import org.huzhu.reporting.application.ReportTexts;
import org.huzhu.reporting.domain.Figure;
import org.huzhu.reporting.domain.Indicators;
import org.huzhu.reporting.domain.LateClaim;
import org.huzhu.reporting.domain.OfficeFigures;
import org.huzhu.tenancy.api.CalendarCoverage;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.api.Translations;
import org.huzhu.tenancy.ui.CalendarNotice;
import org.huzhu.tenancy.ui.HomeFor;
import org.huzhu.tenancy.ui.MainLayout;
import org.huzhu.tenancy.ui.VisibleTo;

/**
 * The office's year at a glance, the office admin's and agency clerk's home: the indicators of the chosen period
 * against the same days last year as cards, charts and tables, narrowed by plan and agency office (an agency clerk
 * sees their own office only). A plan or office row narrows the page to it; the list of claims paid late is the
 * one behind the "paid by the due date" figure. Everything read from the read model.
 */
@Dependent
@Route(value = "dashboard", layout = MainLayout.class)
@Menu(title = "reporting.nav.office", order = 0.5)
@HomeFor({Role.OFFICE_ADMIN, Role.AGENCY_CLERK})
@VisibleTo({Role.OFFICE_ADMIN, Role.CLAIMS_OFFICER, Role.AGENCY_CLERK})
public class OfficeDashboardView extends VerticalLayout {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    final PeriodPicker period = new PeriodPicker(p -> refresh());
    final Select<String> plan = new Select<>();
    final Select<Long> agency = new Select<>();
    final Cards cards = new Cards();
    final EChart trend = new EChart("chart-trend");
    final EChart perPlanChart = new EChart("chart-plans");
    final EChart perAgencyChart = new EChart("chart-agencies");
    final EChart rates = new EChart("chart-rates");
    final FigureTable<List<String>> indicators = new FigureTable<>("report-indicators");
    final FigureTable<Map.Entry<String, Indicators>> perPlan = new FigureTable<>("report-plans");
    final FigureTable<Map.Entry<Long, Indicators>> perAgency = new FigureTable<>("report-agencies");
    final Grid<LateClaim> late = new Grid<>();
    final Button showLate = new Button();
    /** Where the late claims' grid goes when first asked for: a grid on the page costs the browser even hidden. */
    private final Div lateSlot = new Div();
    private final Dashboards dashboards;
    private final ReportExports exports;
    private final Translations translations;
    private final Map<String, String> planNames;
    private final Map<Long, String> agencyNames;
    private final ProgrammesPanel programmes;

    @Inject
    public OfficeDashboardView(Dashboards dashboards, ReportExports exports, Translations translations,
                               TenantContext context, CalendarCoverage calendar, MonthlyReports monthly,
                               Programmes programmes) {
        this.dashboards = dashboards;
        this.exports = exports;
        this.translations = translations;
        this.planNames = exports.planNames(getLocale());
        this.agencyNames = dashboards.agencyOffices();
        setId("office-dashboard");
        add(new H2(getTranslation("reporting.nav.office")));
        if (context.requireCaller().has(Role.OFFICE_ADMIN)) {
            add(new CalendarNotice(calendar));
        }
        add(filters(context.requireCaller().seesWholeTenant()), downloads(), cards);
        HorizontalLayout charts1 = new HorizontalLayout(trend, perPlanChart);
        HorizontalLayout charts2 = new HorizontalLayout(perAgencyChart, rates);
        charts1.setWidthFull();
        charts2.setWidthFull();
        add(charts1, charts2, tables());
        if (context.requireCaller().has(Role.OFFICE_ADMIN)) { // the programmes' pages are the office admin's
            this.programmes = ProgrammesPanel.forOffice(programmes);
            add(this.programmes);
        } else {
            this.programmes = null;
        }
        if (context.requireCaller().seesWholeTenant()) { // the reports are the whole office's
            add(new MonthlyReportList(monthly, getLocale()));
        }
        refresh();
    }

    private HorizontalLayout filters(boolean wholeOffice) {
        plan.setId("report-plan");
        plan.setLabel(getTranslation("reporting.filter.plan"));
        List<String> codes = new ArrayList<>(List.of(""));
        codes.addAll(planNames.keySet().stream().sorted().toList());
        plan.setItems(codes);
        plan.setItemLabelGenerator(c -> c.isEmpty() ? getTranslation("reporting.plan.all") : planNames.get(c));
        plan.setValue("");
        plan.addValueChangeListener(e -> refresh());
        agency.setId("report-agency");
        agency.setLabel(getTranslation("reporting.filter.agency"));
        List<Long> ids = new ArrayList<>();
        ids.add(-1L);
        ids.add(0L);
        ids.addAll(agencyNames.keySet().stream().sorted().toList());
        agency.setItems(ids);
        agency.setItemLabelGenerator(this::agencyLabel);
        agency.setValue(-1L);
        agency.setVisible(wholeOffice);
        agency.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(period, plan, agency);
        bar.setAlignItems(Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private HorizontalLayout downloads() {
        Anchor xlsx = download("report-xlsx", "reporting.export.xlsx", "office.xlsx", XLSX,
                out -> exports.officeWorkbook(period.period(), planFilter(), agencyFilter(), getLocale(), out));
        Anchor pdf = download("report-pdf", "reporting.export.pdf", "office.pdf", "application/pdf",
                out -> exports.officePdf(period.period(), planFilter(), agencyFilter(), getLocale(), out));
        Anchor lateList = download("report-late-xlsx", "reporting.export.late", "late-claims.xlsx", XLSX,
                out -> exports.lateClaimsWorkbook(period.period(), planFilter(), agencyFilter(), getLocale(), out));
        return new HorizontalLayout(xlsx, pdf, lateList);
    }

    private Anchor download(String id, String key, String name, String type, Writer writer) {
        // Streamed into the response: a workbook of a million rows never sits in memory whole.
        DownloadHandler handler = event -> {
            event.setFileName(name);
            event.setContentType(type);
            writer.write(event.getOutputStream());
        };
        Anchor a = new Anchor(handler, getTranslation(key));
        a.setId(id);
        return a;
    }

    /** Writes a file into the download. */
    interface Writer {
        void write(OutputStream out);
    }

    private VerticalLayout tables() {
        List<String> header = texts().indicatorHeader();
        for (int i = 0; i < header.size(); i++) {
            int column = i;
            indicators.addColumn(header.get(i), r -> r.get(column));
        }
        perPlan.addColumn(getTranslation("reporting.col.plan"), e -> texts().name(planNames, e.getKey()));
        figureColumns(perPlan);
        perPlan.addRowClickListener(e -> {
            if (!e.getKey().isEmpty()) {
                plan.setValue(e.getKey());
            }
        });
        perAgency.addColumn(getTranslation("reporting.col.agency"), e -> texts().agency(agencyNames, e.getKey()));
        figureColumns(perAgency);
        perAgency.addRowClickListener(e -> {
            if (agency.isVisible()) {
                agency.setValue(e.getKey());
            }
        });
        late.setId("report-late");
        late.addColumn(LateClaim::claimId).setHeader(getTranslation("reporting.col.claim"));
        late.addColumn(l -> texts().name(planNames, l.planCode())).setHeader(getTranslation("reporting.col.plan"));
        late.addColumn(l -> l.filedOn().toString()).setHeader(getTranslation("reporting.col.filedOn"));
        late.addColumn(l -> l.dueDate().toString()).setHeader(getTranslation("reporting.col.dueDate"));
        late.addColumn(l -> l.paidOn().toString()).setHeader(getTranslation("reporting.col.paidOn"));
        late.addColumn(l -> ReportTexts.yuan(l.amountFen())).setHeader(getTranslation("reporting.col.amount"));
        late.setVisible(false);
        showLate.setId("report-late-show");
        showLate.setText(getTranslation("reporting.export.late"));
        showLate.addClickListener(e -> {
            late.setItems(dashboards.lateClaims(period.period(), planFilter(), agencyFilter(), 500));
            late.setVisible(true);
            if (late.getParent().isEmpty()) {
                lateSlot.add(late);
            }
        });
        Span note = new Span(getTranslation("reporting.note.unsplit"));
        note.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout tables = new VerticalLayout(new H3(getTranslation("reporting.sheet.indicators")), indicators, note,
                new H3(getTranslation("reporting.sheet.plans")), perPlan, new H3(getTranslation("reporting.sheet.agencies")),
                perAgency, showLate, lateSlot);
        tables.setPadding(false);
        return tables;
    }

    private <K> void figureColumns(FigureTable<Map.Entry<K, Indicators>> table) {
        for (Figure f : List.of(Figure.ENROLMENTS, Figure.NEW_MEMBERS, Figure.CLAIMS_FILED, Figure.CLAIMS_PAID)) {
            table.addColumn(getTranslation("reporting.figure." + f.name()), e -> e.getValue().of(f).count());
        }
        table.addColumn(getTranslation("reporting.figure.CLAIMS_PAID") + " " + getTranslation("reporting.col.amount"),
                e -> ReportTexts.yuan(e.getValue().of(Figure.CLAIMS_PAID).fen()));
    }

    void refresh() {
        ReportPeriod chosen = period.period();
        OfficeFigures f = dashboards.office(chosen, planFilter(), agencyFilter());
        if (programmes != null) {
            programmes.showOffice(chosen.to().getYear());
        }
        cards.show(f.current(), f.lastYear(), this::getTranslation);
        indicators.setItems(texts().indicatorRows(f.current(), f.lastYear()));
        perPlan.setItems(new ArrayList<>(f.perPlan().entrySet()));
        perAgency.setItems(new ArrayList<>(f.perAgency().entrySet()));
        late.setVisible(false);
        charts(f);
    }

    private void charts(OfficeFigures f) {
        List<String> months = new ArrayList<>();
        List<Long> now = new ArrayList<>();
        List<Long> before = new ArrayList<>();
        // every month of the period on the axis, those without a figure too
        for (java.time.LocalDate m : ChartOptions.months(f.period())) {
            months.add(m.toString().substring(0, 7));
            now.add(f.perMonth().getOrDefault(m, Indicators.none()).of(Figure.CLAIMS_PAID).count());
            before.add(f.perMonthLastYear().getOrDefault(m.minusYears(1), Indicators.none()).of(Figure.CLAIMS_PAID).count());
        }
        trend.setOption(ChartOptions.lines(getTranslation("reporting.chart.trend"), months, List.of(
                new ChartOptions.Series(getTranslation("reporting.col.current"), now),
                new ChartOptions.Series(getTranslation("reporting.col.lastYear"), before))));
        List<String> plans = new ArrayList<>();
        List<BigDecimal> aided = new ArrayList<>();
        List<BigDecimal> aidedBefore = new ArrayList<>();
        f.perPlan().forEach((code, i) -> {
            if (!code.isEmpty()) {
                plans.add(texts().name(planNames, code));
                aided.add(Money.ofFen(i.of(Figure.CLAIMS_PAID).fen()).toYuan());
                aidedBefore.add(Money.ofFen(f.perPlanLastYear().getOrDefault(code, Indicators.none())
                        .of(Figure.CLAIMS_PAID).fen()).toYuan());
            }
        });
        perPlanChart.setOption(ChartOptions.bars(getTranslation("reporting.chart.aidedPerPlan"), plans, List.of(
                new ChartOptions.Series(getTranslation("reporting.col.current"), aided),
                new ChartOptions.Series(getTranslation("reporting.col.lastYear"), aidedBefore))));
        List<String> offices = new ArrayList<>();
        List<Long> enrolments = new ArrayList<>();
        List<Long> paid = new ArrayList<>();
        f.perAgency().forEach((id, i) -> {
            offices.add(texts().agency(agencyNames, id));
            enrolments.add(i.of(Figure.ENROLMENTS).count());
            paid.add(i.of(Figure.CLAIMS_PAID).count());
        });
        perAgencyChart.setOption(ChartOptions.bars(getTranslation("reporting.chart.perAgency"), offices, List.of(
                new ChartOptions.Series(getTranslation("reporting.figure.ENROLMENTS"), enrolments),
                new ChartOptions.Series(getTranslation("reporting.figure.CLAIMS_PAID"), paid))));
        rates.setOption(ChartOptions.gauges(List.of(getTranslation("reporting.rate.paidByDue"),
                getTranslation("reporting.rate.paidInTenDays"), getTranslation("reporting.rate.directToCard")),
                java.util.Arrays.asList(f.current().paidByDuePercent(), f.current().paidInTenDaysPercent(),
                        f.current().directToCardPercent())));
    }

    private ReportTexts texts() {
        return new ReportTexts(translations, getLocale() == null ? Locale.SIMPLIFIED_CHINESE : getLocale());
    }

    private String agencyLabel(Long id) {
        return id == -1 ? getTranslation("reporting.agency.all") : texts().agency(agencyNames, id);
    }

    private String planFilter() {
        return plan.getValue() == null || plan.getValue().isEmpty() ? null : plan.getValue();
    }

    private Long agencyFilter() {
        return agency.getValue() == null || agency.getValue() == -1 ? null : agency.getValue();
    }
}
