package org.huzhu.relief.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.huzhu.relief.api.ReliefFigures;
import org.huzhu.relief.api.ReliefFigures.Category;
import org.huzhu.relief.api.ReliefFigures.Figure;
import org.huzhu.relief.api.ReliefKind;
import org.huzhu.relief.application.ReliefFiguresService;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.ui.MainLayout;
import org.huzhu.tenancy.ui.PortalTime;
import org.huzhu.tenancy.ui.VisibleTo;

/**
 * Relief in figures (救助统计): for the office admin, a year's person-times and amounts per category, item and
 * agency office against the year before, the fund's balance month by month and the households that left hardship;
 * for headquarters, the same per city.
 */
@Dependent
@Route(value = "relief-figures", layout = MainLayout.class)
@Menu(title = "relief.nav.figures", order = 7.6)
@VisibleTo({Role.OFFICE_ADMIN, Role.HQ_ANALYST})
public class ReliefFiguresView extends VerticalLayout {

    final IntegerField year = new IntegerField();
    final Grid<Figure> categories = figureGrid("relief-figures-categories", "figures.category");
    final Grid<Figure> items = figureGrid("relief-figures-items", "figures.item");
    final Grid<Figure> agencies = figureGrid("relief-figures-agencies", "figures.agency");
    final Grid<ReliefFigures.MonthBalance> balance = new Grid<>();
    final Span households = new Span();
    final Grid<ReliefFigures.City> cities = new Grid<>();

    private final ReliefFiguresService service;
    private final boolean headquarters;

    @Inject
    public ReliefFiguresView(ReliefFiguresService service, TenantContext context) {
        this.service = service;
        this.headquarters = context.requireCaller().has(Role.HQ_ANALYST);
        setWidthFull();
        year.setId("relief-figures-year");
        year.setLabel(t("figures.year"));
        year.setMin(2000);
        year.setMax(2100);
        year.setStepButtonsVisible(true);
        year.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() >= 2000 && e.getValue() <= 2100) {
                show(e.getValue());
            }
        });
        add(new H2(t("figures.title")), year);
        if (headquarters) {
            configureCities();
            add(cities);
        } else {
            balance.setId("relief-figures-balance");
            balance.addColumn(ReliefFigures.MonthBalance::month).setHeader(t("figures.month"));
            balance.addColumn(m -> ReliefTexts.yuan(m.balanceFen())).setHeader(t("figures.balance"));
            balance.setAllRowsVisible(true);
            households.setId("relief-figures-households");
            add(households, categories, new H3(t("figures.items")), items, new H3(t("figures.agencies")), agencies,
                    new H3(t("figures.fundBalance")), balance);
        }
        year.setValue(LocalDate.now(PortalTime.TENANT_ZONE).getYear());
    }

    private void show(int chosen) {
        if (headquarters) {
            cities.setItems(service.headquarters(chosen));
            return;
        }
        ReliefFigures f = service.figures(chosen);
        households.setText(t("figures.households", f.householdsOut(), f.householdsOutLastYear(),
                f.householdsInHardship()));
        categories.setItems(f.categories());
        items.setItems(f.items());
        agencies.setItems(f.agencies());
        balance.setItems(f.fundBalance());
    }

    private Grid<Figure> figureGrid(String id, String nameKey) {
        Grid<Figure> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(this::name).setHeader(t(nameKey)).setFlexGrow(2);
        grid.addColumn(Figure::people).setHeader(t("figures.people"));
        grid.addColumn(f -> ReliefTexts.yuan(f.amountFen())).setHeader(t("figures.amount"));
        grid.addColumn(Figure::lastYearPeople).setHeader(t("figures.lastPeople"));
        grid.addColumn(f -> ReliefTexts.yuan(f.lastYearAmountFen())).setHeader(t("figures.lastAmount"));
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** A row's name: the category, an item in its category, or an agency office ("" is the office's own unions). */
    private String name(Figure f) {
        if (f.category() == null) {
            return f.name().isEmpty() ? t("figures.office") : f.name();
        }
        String category = t("figures.category." + f.category());
        if (f.name().isEmpty()) {
            return category;
        }
        String item = f.category() == Category.RELIEF_FUND ? t("kind." + ReliefKind.valueOf(f.name())) : f.name();
        return category + "：" + item;
    }

    private void configureCities() {
        cities.setId("relief-figures-cities");
        cities.addColumn(c -> "en".equals(getLocale().getLanguage()) ? c.nameEn() : c.nameZh())
                .setHeader(t("figures.city")).setFlexGrow(2);
        for (Category c : Category.values()) {
            cities.addColumn(city -> t("figures.peopleAmount", people(city, c).people(),
                    ReliefTexts.yuan(people(city, c).amountFen()))).setHeader(t("figures.category." + c));
        }
        cities.addColumn(c -> c.figures().householdsOut()).setHeader(t("figures.out"));
        cities.addColumn(c -> ReliefTexts.yuan(c.figures().fundBalance().get(11).balanceFen()))
                .setHeader(t("figures.yearEndBalance"));
        cities.getColumns().forEach(c -> c.setAutoWidth(true));
        cities.setAllRowsVisible(true);
    }

    private static Figure people(ReliefFigures.City city, Category category) {
        List<Figure> rows = city.figures().categories();
        return rows.stream().filter(f -> f.category() == category).findFirst()
                .orElse(new Figure(category, "", 0, 0, 0, 0));
    }

    private String t(String key, Object... params) {
        return getTranslation("relief." + key, params);
    }
}
