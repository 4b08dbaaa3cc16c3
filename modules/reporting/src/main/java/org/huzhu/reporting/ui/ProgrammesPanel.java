package org.huzhu.reporting.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Locale;
import org.huzhu.kernel.money.Money;
import org.huzhu.reporting.application.Programmes;
import org.huzhu.reporting.domain.ProgrammeFigures;
import org.huzhu.tenancy.api.TenantSummary;

/**
 * Relief, microloans and campaigns beside the plans, for the year the dashboard's period ends in: the office's
 * indicators against last year, or (headquarters) every city's headline figures. The figures are each module's
 * own, read through its api.
 */
class ProgrammesPanel extends Composite<VerticalLayout> {

    final FigureTable<ProgrammeFigures.Row> office = new FigureTable<>("report-programmes");
    final Grid<ProgrammeFigures.City> cities = new Grid<>();
    final Button load = new Button();
    private final Programmes programmes;
    private final H3 title = new H3();
    private int year;
    private boolean loaded;

    private ProgrammesPanel(Programmes programmes) {
        this.programmes = programmes;
        getContent().setPadding(false);
        getContent().add(title, new Span(getTranslation("reporting.programmes.explain")));
    }

    static ProgrammesPanel forOffice(Programmes programmes) {
        ProgrammesPanel panel = new ProgrammesPanel(programmes);
        FigureTable<ProgrammeFigures.Row> table = panel.office;
        table.addColumn(panel.getTranslation("reporting.col.indicator"),
                r -> panel.getTranslation("reporting.programme." + r.indicator().name()));
        table.addColumn(panel.getTranslation("reporting.programmes.count"), r -> count(r.count()));
        table.addColumn(panel.getTranslation("reporting.programmes.amount"), r -> yuan(r.fen()));
        table.addColumn(panel.getTranslation("reporting.programmes.countLast"), r -> count(r.lastYearCount()));
        table.addColumn(panel.getTranslation("reporting.programmes.amountLast"),
                r -> r.lastYearFen() == null ? "—" : yuan(r.lastYearFen()));
        panel.getContent().add(table);
        return panel;
    }

    static ProgrammesPanel forHeadquarters(Programmes programmes, Locale locale) {
        ProgrammesPanel panel = new ProgrammesPanel(programmes);
        Grid<ProgrammeFigures.City> grid = panel.cities;
        grid.setId("hq-programmes");
        grid.addColumn(c -> new TenantSummary(null, c.nameZh(), c.nameEn()).name(locale))
                .setHeader(panel.getTranslation("reporting.col.city")).setAutoWidth(true);
        grid.addColumn(ProgrammeFigures.City::reliefPeople).setHeader(panel.getTranslation("reporting.programmes.reliefPeople"));
        grid.addColumn(c -> yuan(c.reliefFen())).setHeader(panel.getTranslation("reporting.programmes.reliefAmount"));
        grid.addColumn(ProgrammeFigures.City::loansDisbursed).setHeader(panel.getTranslation("reporting.programmes.loans"));
        grid.addColumn(c -> yuan(c.loansDisbursedFen())).setHeader(panel.getTranslation("reporting.programmes.loansAmount"));
        grid.addColumn(ProgrammeFigures.City::campaignsReached)
                .setHeader(panel.getTranslation("reporting.programmes.reached"));
        grid.setAllRowsVisible(true);
        // every city's relief, loans and campaigns are read city by city: on demand, so the dashboard opens at once
        panel.load.setId("hq-programmes-load");
        panel.load.setText(panel.getTranslation("reporting.programmes.load"));
        panel.load.addClickListener(e -> {
            panel.loaded = true;
            panel.load.setVisible(false);
            grid.setItems(programmes.headquarters(panel.year));
            panel.getContent().add(grid); // only now: a grid on the page costs the browser even hidden
        });
        panel.getContent().add(panel.load);
        return panel;
    }

    /** The office's programmes of the year; read again only when the year changes, not at every filter. */
    void showOffice(int shown) {
        if (loaded && shown == year) {
            return;
        }
        year = shown;
        loaded = true;
        title.setText(getTranslation("reporting.programmes.title", shown));
        office.setItems(programmes.office(shown).rows());
    }

    void showHeadquarters(int shown) {
        boolean changed = shown != year;
        year = shown;
        title.setText(getTranslation("reporting.programmes.title", shown));
        if (loaded && changed) {
            cities.setItems(programmes.headquarters(shown));
        }
    }

    private static String count(Long count) {
        return count == null ? "—" : count.toString();
    }

    private static String yuan(long fen) {
        return Money.ofFen(fen).toString();
    }
}
