package org.huzhu.campaigns.ui.giveaway;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.function.ToLongFunction;
import org.huzhu.campaigns.api.giveaway.CityGiveaways;
import org.huzhu.campaigns.api.giveaway.GiveawayFigures;
import org.huzhu.campaigns.api.giveaway.Giveaways;

/** Headquarters' grid of every city's giveaways of a year: one row per giveaway with its office's figures. */
public class CityGiveawaysGrid extends Grid<CityGiveawaysGrid.Row> {

    private static final String F = "campaigns.giveaway.figure.";

    private final transient Giveaways giveaways;

    /** One giveaway of one city, as the grid shows it. */
    public record Row(CityGiveaways city, CityGiveaways.Line line) {
    }

    public CityGiveawaysGrid(Giveaways giveaways) {
        this.giveaways = giveaways;
        setId("figures-city-giveaways");
        addColumn(r -> "en".equals(getLocale().getLanguage()) ? r.city().nameEn() : r.city().nameZh())
                .setHeader(getTranslation("campaigns.distribution.figures.city"));
        addColumn(r -> r.line().title()).setHeader(getTranslation("campaigns.giveaway.field.title"));
        addColumn(r -> getTranslation("campaigns.giveaway.item." + r.line().item()))
                .setHeader(getTranslation("campaigns.giveaway.field.item"));
        figure("quota", f -> f.quota());
        figure("won", GiveawayFigures::won);
        figure("confirmed", GiveawayFigures::confirmed);
        figure("held", GiveawayFigures::held);
        figure("released", GiveawayFigures::released);
        figure("waitlisted", GiveawayFigures::waitlisted);
        figure("remaining", f -> f.remaining());
        getColumns().forEach(c -> c.setAutoWidth(true));
        setAllRowsVisible(true);
    }

    public void show(int year) {
        List<Row> rows = giveaways.headquarters(year).stream()
                .flatMap(c -> c.giveaways().stream().map(l -> new Row(c, l))).toList();
        setItems(rows);
    }

    private void figure(String key, ToLongFunction<GiveawayFigures> value) {
        addColumn(r -> value.applyAsLong(r.line().figures())).setHeader(getTranslation(F + key));
    }
}
