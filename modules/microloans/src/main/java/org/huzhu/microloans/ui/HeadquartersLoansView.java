package org.huzhu.microloans.ui;

import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;
import org.huzhu.microloans.api.CityLoanFigures;
import org.huzhu.microloans.api.LoanDashboard.StageFigure;
import org.huzhu.microloans.application.DashboardService;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.ui.MainLayout;
import org.huzhu.tenancy.ui.PortalTime;
import org.huzhu.tenancy.ui.VisibleTo;

/**
 * Headquarters compares the cities' microloans (各市创业贷款): per city, the applications that reached each stage in
 * the chosen year (last year's count beside it), the amount disbursed, and the subsidy paid and committed; cities
 * ranked by the amount disbursed, with the totals below.
 */
@Dependent
@Route(value = "hq-loan-figures", layout = MainLayout.class)
@Menu(title = "microloans.nav.hq", order = 21.5)
@VisibleTo(Role.HQ_ANALYST)
public class HeadquartersLoansView extends VerticalLayout {

    private static final List<String> STAGES = List.of("APPLIED", "INVESTIGATED", "GUARANTEED", "BANK_APPROVED",
            "DISBURSED", "REPAID", "OVERDUE");

    final IntegerField year = new IntegerField();
    final Grid<CityLoanFigures> cities = new Grid<>();

    private final DashboardService dashboard;
    private final LoanTexts texts = new LoanTexts(this);
    private final FooterRow totals;

    @Inject
    public HeadquartersLoansView(DashboardService dashboard) {
        this.dashboard = dashboard;
        setWidthFull();
        year.setId("hq-loan-year");
        year.setLabel(texts.t("hq.year"));
        year.setMin(2000);
        year.setMax(2100);
        year.setStepButtonsVisible(true);
        cities.setId("hq-loan-cities");
        cities.addColumn(c -> "en".equals(getLocale().getLanguage()) ? c.nameEn() : c.nameZh())
                .setHeader(texts.t("hq.city"));
        totals = cities.appendFooterRow();
        totals.getCell(cities.getColumns().get(0)).setText(texts.t("hq.total"));
        STAGES.forEach(stage -> countColumn(stage));
        amountColumn("hq.disbursedAmount", c -> stage(c, "DISBURSED").amountFen());
        amountColumn("hq.subsidyPaid", c -> c.figures().subsidyPaidFen());
        amountColumn("hq.subsidyCommitted", c -> c.figures().subsidyCommittedFen());
        cities.getColumns().forEach(c -> c.setAutoWidth(true));
        cities.setAllRowsVisible(true);
        year.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() >= 2000 && e.getValue() <= 2100) {
                show(e.getValue());
            }
        });
        add(new H2(texts.t("hq.title")), year, cities);
        year.setValue(LocalDate.now(PortalTime.TENANT_ZONE).getYear());
    }

    private void countColumn(String stage) {
        var column = cities.addColumn(c -> texts.t("hq.countAgainst", stage(c, stage).count(),
                stage(c, stage).lastYearCount())).setHeader(texts.t("stage." + stage));
        column.setKey(stage);
    }

    private void amountColumn(String headerKey, ToLongFunction<CityLoanFigures> fen) {
        cities.addColumn(c -> LoanTexts.yuan(fen.applyAsLong(c))).setHeader(texts.t(headerKey)).setKey(headerKey);
    }

    private void show(int chosen) {
        List<CityLoanFigures> figures = dashboard.headquarters(chosen).stream()
                .sorted(Comparator.comparingLong((CityLoanFigures c) -> stage(c, "DISBURSED").amountFen()).reversed())
                .toList();
        cities.setItems(figures);
        for (String stage : STAGES) {
            totals.getCell(cities.getColumnByKey(stage)).setText(texts.t("hq.countAgainst",
                    sum(figures, c -> stage(c, stage).count()), sum(figures, c -> stage(c, stage).lastYearCount())));
        }
        totals.getCell(cities.getColumnByKey("hq.disbursedAmount")).setText(LoanTexts.yuan(
                sum(figures, c -> stage(c, "DISBURSED").amountFen())));
        totals.getCell(cities.getColumnByKey("hq.subsidyPaid")).setText(LoanTexts.yuan(
                sum(figures, c -> c.figures().subsidyPaidFen())));
        totals.getCell(cities.getColumnByKey("hq.subsidyCommitted")).setText(LoanTexts.yuan(
                sum(figures, c -> c.figures().subsidyCommittedFen())));
    }

    private static long sum(List<CityLoanFigures> figures, ToLongFunction<CityLoanFigures> value) {
        return figures.stream().mapToLong(value).sum();
    }

    private static StageFigure stage(CityLoanFigures city, String stage) {
        return city.figures().stages().stream().filter(s -> s.stage().equals(stage)).findFirst()
                .orElse(new StageFigure(stage, 0, 0, 0, 0));
    }
}
