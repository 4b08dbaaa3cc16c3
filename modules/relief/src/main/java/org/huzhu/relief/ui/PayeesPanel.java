package org.huzhu.relief.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.huzhu.relief.api.CondolenceItems;
import org.huzhu.relief.api.CondolenceItems.ItemView;
import org.huzhu.relief.api.CondolenceItems.PayeeView;

/**
 * The non-member payees of the chosen charity item: listed masked, and while the item is not yet computed the
 * office admin pastes more, one a line ({@link PayeeLines}); a bad line or field is named by its row. The pasted
 * numbers leave the field once they are stored.
 */
class PayeesPanel extends VerticalLayout {

    final TextArea entry = new TextArea();
    final Button add = new Button();
    final Grid<PayeeView> payees = new Grid<>();

    private final CondolenceItems condolence;
    private final ReliefTexts texts;
    private final boolean admin;
    private ItemView item;

    PayeesPanel(CondolenceItems condolence, ReliefTexts texts, boolean admin) {
        this.condolence = condolence;
        this.texts = texts;
        this.admin = admin;
        setPadding(false);
        entry.setId("condolence-payee-lines");
        entry.setLabel(texts.t("condolence.payeeLines"));
        entry.setWidthFull();
        add.setId("condolence-add-payees");
        add.setText(texts.t("condolence.addPayees"));
        add.addClickListener(e -> texts.act(() -> {
            List<PayeeView> all = condolence.addPayees(item.id(), PayeeLines.read(entry.getValue()));
            entry.clear();
            payees.setItems(all);
            texts.done("condolence.payeesListed", all.size());
        }));
        payees.setId("condolence-payees");
        payees.addColumn(PayeeView::id).setHeader(texts.t("condolence.col.payee")).setAutoWidth(true);
        payees.addColumn(PayeeView::name).setHeader(texts.t("condolence.col.payeeName"));
        payees.addColumn(PayeeView::idMasked).setHeader(texts.t("condolence.col.idMasked"));
        payees.addColumn(PayeeView::cardMasked).setHeader(texts.t("condolence.col.cardMasked"));
        payees.addColumn(PayeeView::reason).setHeader(texts.t("condolence.col.reason"));
        payees.setAllRowsVisible(true);
        add(new H3(texts.t("condolence.payees")), entry, add, payees);
        setVisible(false);
    }

    /** Shows the item's payees when it pays payees; entry only while it may still take more. */
    void show(ItemView shown) {
        item = shown;
        boolean charity = shown.kind().paysPayees();
        setVisible(charity);
        if (charity) {
            boolean open = admin && "DEFINED".equals(shown.status());
            entry.setVisible(open);
            add.setVisible(open);
            payees.setItems(condolence.payees(shown.id()));
        }
    }
}
