package org.huzhu.enrolment.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.huzhu.enrolment.api.EnrolmentFigures;
import org.huzhu.tenancy.api.Role;
import org.huzhu.tenancy.api.TenantContext;
import org.huzhu.tenancy.ui.MainLayout;
import org.huzhu.tenancy.ui.VisibleTo;

/**
 * Person-enrolments this year against last year: per plan and per agency office for the city office, per
 * city office and plan for headquarters. Each line shows the change, so growth and decline stand out.
 */
@Dependent
@Route(value = "enrolment-figures", layout = MainLayout.class)
@Menu(title = "enrolment.nav.figures", order = 5)
@VisibleTo({Role.OFFICE_ADMIN, Role.HQ_ANALYST})
public class EnrolmentFiguresView extends VerticalLayout {

    final Select<Integer> year = new Select<>();
    final VerticalLayout tables = new VerticalLayout();
    private final EnrolmentFigures figures;
    private final boolean headquarters;

    @Inject
    public EnrolmentFiguresView(EnrolmentFigures figures, TenantContext context) {
        this.figures = figures;
        this.headquarters = context.requireCaller().isHeadquarters();
        int now = LocalDate.now().getYear();
        year.setId("figures-year");
        year.setLabel(getTranslation("enrolment.figures.year"));
        year.setItems(IntStream.rangeClosed(now - 5, now + 1).boxed().toList());
        year.setValue(now);
        year.addValueChangeListener(e -> show(e.getValue()));
        tables.setPadding(false);
        add(new H2(getTranslation("enrolment.figures.title")), year, tables);
        show(now);
    }

    private void show(int chosen) {
        tables.removeAll();
        if (headquarters) {
            figures.headquarters(chosen).forEach(t -> tables.add(new H3(english() ? t.tenantNameEn() : t.tenantName()),
                    grid("hq-" + t.tenant(), t.perPlan(), chosen)));
        } else {
            EnrolmentFigures.Figures office = figures.office(chosen);
            tables.add(new H3(getTranslation("enrolment.figures.perPlan")), grid("figures-plan", office.perPlan(), chosen),
                    new H3(getTranslation("enrolment.figures.perAgency")), grid("figures-agency", office.perAgencyOffice(), chosen));
        }
    }

    private Grid<EnrolmentFigures.Line> grid(String id, List<EnrolmentFigures.Line> lines, int chosen) {
        Grid<EnrolmentFigures.Line> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(this::name).setHeader(getTranslation("enrolment.figures.name")).setAutoWidth(true);
        grid.addColumn(EnrolmentFigures.Line::thisYear).setHeader(String.valueOf(chosen));
        grid.addColumn(EnrolmentFigures.Line::lastYear).setHeader(String.valueOf(chosen - 1));
        grid.addColumn(EnrolmentFiguresView::change).setHeader(getTranslation("enrolment.figures.change"));
        grid.setItems(lines);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private String name(EnrolmentFigures.Line line) {
        // the figures carry each plan's name in both languages (headquarters has no catalogue of its own)
        return "direct".equals(line.key()) ? getTranslation("enrolment.figures.direct")
                : english() ? line.nameEn() : line.name();
    }

    private boolean english() {
        return Locale.ENGLISH.getLanguage().equals(getLocale().getLanguage());
    }

    /** The change in percent with one decimal; against nothing last year, the count itself. */
    static String change(EnrolmentFigures.Line line) {
        if (line.lastYear() == 0) {
            return line.thisYear() == 0 ? "0" : "+" + line.thisYear();
        }
        java.math.BigDecimal percent = java.math.BigDecimal.valueOf((line.thisYear() - line.lastYear()) * 100)
                .divide(java.math.BigDecimal.valueOf(line.lastYear()), 1, java.math.RoundingMode.HALF_UP);
        return (percent.signum() >= 0 ? "+" : "") + percent.toPlainString() + "%";
    }
}
