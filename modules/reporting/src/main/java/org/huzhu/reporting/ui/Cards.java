package org.huzhu.reporting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.function.Function;
import org.huzhu.reporting.application.ReportTexts;
import org.huzhu.reporting.domain.Figure;
import org.huzhu.reporting.domain.Indicators;

/** The headline figures as cards: this period's value, last year's, and the change. */
class Cards extends FlexLayout {

    Cards() {
        setId("report-cards");
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-m)");
    }

    void show(Indicators now, Indicators before, Function<String, String> t) {
        removeAll();
        for (Figure f : ReportTexts.SHOWN) {
            boolean money = f == Figure.FEES_COLLECTED;
            long current = money ? now.of(f).fen() : now.of(f).count();
            long last = money ? before.of(f).fen() : before.of(f).count();
            add(card("card-" + f.name(), t.apply("reporting.figure." + f.name()),
                    money ? ReportTexts.yuan(current) : Long.toString(current),
                    money ? ReportTexts.yuan(last) : Long.toString(last), current - last, money, t));
            if (f == Figure.CLAIMS_PAID) {
                add(card("card-CLAIMS_PAID_AMOUNT", t.apply("reporting.figure.CLAIMS_PAID") + " "
                        + t.apply("reporting.col.amount"), ReportTexts.yuan(now.of(f).fen()),
                        ReportTexts.yuan(before.of(f).fen()), now.of(f).fen() - before.of(f).fen(), true, t));
            }
        }
    }

    private static Div card(String id, String label, String value, String last, long change, boolean money,
                            Function<String, String> t) {
        Div card = new Div();
        card.setId(id);
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "8px")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("min-width", "11em");
        Span title = new Span(label);
        title.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        Span figure = new Span(value);
        figure.addClassName("figure");
        figure.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600").set("display", "block");
        String delta = (change > 0 ? "+" : "") + (money ? ReportTexts.yuan(change) : Long.toString(change));
        Span compare = new Span(t.apply("reporting.col.lastYear") + " " + last + " · " + delta);
        compare.getStyle().set("font-size", "var(--lumo-font-size-xs)")
                .set("color", change < 0 ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)");
        card.add(title, figure, compare);
        return card;
    }
}
