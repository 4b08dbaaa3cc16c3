package org.huzhu.relief.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.List;
import org.huzhu.relief.api.AidRuns.Band;

/**
 * A table of aid bands (救助档次) entered a row at a time in yuan: from, to (empty: no upper end), and either a fixed
 * amount or a share in percent with an optional cap. The rows go to the run's definition as entered: whether they
 * overlap, or give both or neither of amount and share, is the application's rule (a refusal naming the bands).
 */
class BandsEditor extends Composite<VerticalLayout> {

    final BigDecimalField from = new BigDecimalField();
    final BigDecimalField to = new BigDecimalField();
    final BigDecimalField amount = new BigDecimalField();
    final IntegerField share = new IntegerField();
    final BigDecimalField cap = new BigDecimalField();
    final Button add = new Button();
    final Grid<Band> bands = new Grid<>();

    private final List<Band> entered = new ArrayList<>();

    BandsEditor(ReliefTexts texts, String idPrefix) {
        from.setId(idPrefix + "-from");
        from.setLabel(texts.t("band.from"));
        to.setId(idPrefix + "-to");
        to.setLabel(texts.t("band.to"));
        amount.setId(idPrefix + "-amount");
        amount.setLabel(texts.t("band.amount"));
        share.setId(idPrefix + "-share");
        share.setLabel(texts.t("band.share"));
        cap.setId(idPrefix + "-cap");
        cap.setLabel(texts.t("band.cap"));
        add.setId(idPrefix + "-add");
        add.setText(texts.t("band.add"));
        add.addClickListener(e -> texts.act(this::addBand));
        HorizontalLayout row = new HorizontalLayout(from, to, amount, share, cap, add);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        bands.setId(idPrefix + "-bands");
        bands.addColumn(b -> ReliefTexts.yuan(b.fromFen())).setHeader(texts.t("band.from"));
        bands.addColumn(b -> b.toFen() == null ? texts.t("band.open") : ReliefTexts.yuan(b.toFen()))
                .setHeader(texts.t("band.to"));
        bands.addColumn(b -> aid(texts, b)).setHeader(texts.t("band.aid"));
        bands.addComponentColumn(b -> new Button(texts.t("band.remove"), e -> remove(b))).setAutoWidth(true);
        bands.setAllRowsVisible(true);
        getContent().setPadding(false);
        getContent().add(row, bands);
    }

    /** The band's aid in words: a fixed amount, or a share with its cap. */
    private static String aid(ReliefTexts texts, Band band) {
        if (band.sharePercent() == 0) {
            return texts.t("band.fixed", ReliefTexts.yuan(band.amountFen()));
        }
        return band.capFen() == null ? texts.t("band.shareOf", band.sharePercent())
                : texts.t("band.shareCapped", band.sharePercent(), ReliefTexts.yuan(band.capFen()));
    }

    private void addBand() {
        entered.add(new Band(ReliefTexts.fen(from), ReliefTexts.fenOrNull(to), ReliefTexts.fen(amount),
                share.getValue() == null ? 0 : share.getValue(), ReliefTexts.fenOrNull(cap)));
        bands.setItems(entered);
        // the next band usually starts where this one ended
        from.setValue(to.getValue());
        List.of(to, amount, cap).forEach(BigDecimalField::clear);
        share.clear();
    }

    private void remove(Band band) {
        entered.remove(band);
        bands.setItems(entered);
    }

    List<Band> value() {
        return List.copyOf(entered);
    }
}
